package coroutines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.KeyError;
import py.RuntimeError;
import py.StopIteration;
import py.TypeError;
import py.ValueError;

@DisplayName("async/await: coroutine objects driven by send()")
@Tag("task-4")
class AsyncAwaitSpec {

    /** async def downloader(url): return {"done": url}. */
    static Coroutine downloader(String url) {
        return new Coroutine("downloader", frame -> frame.returnValue(Map.of("done", url)));
    }

    /** async def get_url(url): html = await downloader(url); return html. */
    static Coroutine getUrl(String url) {
        // Resumed at -1 it awaits; resumed at 1, received() is what the await gave.
        Code body = frame -> frame.lasti() == -1 ? frame.awaitAt(1, downloader(url)) : frame.returnValue(frame.received());
        return new Coroutine("get_url", body);
    }

    static Object result(Runnable step) {
        try {
            step.run();
        } catch (StopIteration stop) {
            return stop.value();
        }
        throw new AssertionError("expected the coroutine to finish with StopIteration");
    }

    @Nested
    @DisplayName("a coroutine that never suspends")
    class NoSuspension {
        @Test
        @DisplayName("runs the notes' get_url to the end on the first send(None), delivering the result in StopIteration")
        void notesExample() {
            Coroutine coro = getUrl("http://www.baidu.com");
            assertThat(coro.state()).as("inspect.getcoroutinestate before send").isEqualTo(CoroState.CORO_CREATED);
            assertThat(result(() -> coro.send(null))).as("StopIteration.value of coro.send(None)")
                    .isEqualTo(Map.of("done", "http://www.baidu.com"));
            assertThat(coro.state()).as("state afterwards").isEqualTo(CoroState.CORO_CLOSED);
            assertThat(coro.crFrame()).as("cr_frame afterwards").isNull();
        }

        @Test
        @DisplayName("raises RuntimeError cannot reuse already awaited coroutine when sent to again (not StopIteration)")
        void cannotReuse() {
            Coroutine coro = downloader("u");
            result(() -> coro.send(null));
            assertThatThrownBy(() -> coro.send(null), "coro.send(None) after the coroutine returned: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("cannot reuse already awaited coroutine");
            assertThatThrownBy(() -> coro.throw_(new ValueError("v")), "throw() on a finished coroutine")
                    .isInstanceOf(RuntimeError.class).hasMessage("cannot reuse already awaited coroutine");
        }

        @Test
        @DisplayName("refuses a non-None first send: can't send non-None value to a just-started coroutine")
        void justStarted() {
            assertThatThrownBy(() -> downloader("u").send("x"),
                    "downloader('u').send('x') on a just-started coroutine: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("can't send non-None value to a just-started coroutine");
        }
    }

    @Nested
    @DisplayName("awaiting an object whose __await__ returns an iterator")
    class CustomAwaitable {
        @Test
        @DisplayName("suspends the whole chain at the iterator's yield and resumes it with the sent value")
        void suspendsAndResumes() {
            Coroutine coro = new Coroutine("awaiter", Programs::awaiter);
            assertThat(coro.send(null)).as("the first send(None) runs to the Pause's yield").isEqualTo("paused");
            assertThat(coro.state()).as("state while awaiting").isEqualTo(CoroState.CORO_SUSPENDED);
            assertThat(coro.crFrame().lasti()).as("lasti at the first await (label 1)").isEqualTo(1);
            assertThat(coro.send("a")).as("send('a') completes the first await, suspends in the second").isEqualTo("paused");
            assertThat(result(() -> coro.send("b"))).as("the result after both awaits").isEqualTo(Arrays.asList("a", "b"));
        }

        @Test
        @DisplayName("delivers throw() into the awaited iterator, and what escapes into the awaiting frame")
        void throwThroughAwait() {
            Coroutine outer = new Coroutine("outer", Programs::outer);
            assertThat(outer.send(null)).as("outer -> inner -> Pause").isEqualTo("paused");
            assertThat(result(() -> outer.throw_(new KeyError("k")))).as("KeyError passes Pause and inner, outer catches it")
                    .isEqualTo(Arrays.asList("outer", "inner failed"));
        }

        @Test
        @DisplayName("throw() returns what the coroutine awaits next when it handles the exception")
        void throwHandledThenAwaitAgain() {
            Coroutine careful = new Coroutine("careful", frame -> {
                if (frame.lasti() == 1) {
                    try {
                        frame.received();
                    } catch (KeyError handled) {
                        return frame.awaitAt(2, new Programs.Pause());
                    }
                }
                return frame.lasti() == -1 ? frame.awaitAt(1, new Programs.Pause()) : frame.returnValue(frame.received());
            });
            assertThat(careful.send(null)).as("careful.send(None) reaches the first Pause").isEqualTo("paused");
            assertThat(careful.throw_(new KeyError("k"))).as("careful.throw(KeyError('k')): caught, then await Pause() again")
                    .isEqualTo("paused");
        }

        @Test
        @DisplayName("refuses an __await__ that returns a non-iterator: __await__() returned non-iterator of type 'list'")
        void badAwait() {
            Awaitable bad = () -> List.of(1);
            Coroutine coro = new Coroutine("ab", frame -> frame.awaitAt(1, bad));
            assertThatThrownBy(() -> coro.send(null), "await bad, where bad.__await__() returns [1]: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("__await__() returned non-iterator of type 'list'");
            assertThat(coro.state()).as("the TypeError was raised inside the coroutine, which is now closed").isEqualTo(CoroState.CORO_CLOSED);
        }

        @Test
        @DisplayName("refuses a non-awaitable: object int can't be used in 'await' expression")
        void notAwaitable() {
            assertThatThrownBy(() -> new Coroutine("an", frame -> frame.awaitAt(1, 5)).send(null), "await 5: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("object int can't be used in 'await' expression");
            Generator plainGenerator = new Generator("g", frame -> frame.yieldAt(1, 1));
            Map<Object, String> typeNames = new LinkedHashMap<>();
            typeNames.put("s", "str");
            typeNames.put(List.of(1), "list");
            typeNames.put(Map.of(), "dict");
            typeNames.put(2.5, "float");
            typeNames.put(true, "bool");
            typeNames.put(plainGenerator, "generator");
            typeNames.forEach((value, type) -> assertThatExceptionOfType(TypeError.class)
                    .as("await %s: a plain generator is not awaitable either", value)
                    .isThrownBy(() -> new Coroutine("an", frame -> frame.awaitAt(1, value)).send(null))
                    .withMessage("object " + type + " can't be used in 'await' expression"));
            assertThatThrownBy(() -> new Coroutine("an", frame -> frame.awaitAt(1, null)).send(null), "await None")
                    .isInstanceOf(TypeError.class).hasMessage("object NoneType can't be used in 'await' expression");
        }
    }

    @Nested
    @DisplayName("awaiting another coroutine")
    class AwaitCoroutine {
        @Test
        @DisplayName("a second await of the same coroutine raises RuntimeError cannot reuse already awaited coroutine")
        void awaitTwice() {
            Coroutine inner = new Coroutine("inner", frame -> frame.returnValue(3));
            List<Object> results = new ArrayList<>();
            Coroutine outer = new Coroutine("outer", frame -> {
                if (frame.lasti() == -1) {
                    return frame.awaitAt(1, inner);
                }
                results.add(frame.received());
                return frame.lasti() == 1 ? frame.awaitAt(2, inner) : frame.returnValue(results);
            });
            assertThatThrownBy(() -> outer.send(null), "await inner a second time, after inner returned 3: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("cannot reuse already awaited coroutine");
            assertThat(results).as("the first await got inner's result").containsExactly(3);
            assertThat(outer.state()).as("the RuntimeError escaped outer").isEqualTo(CoroState.CORO_CLOSED);
        }

        @Test
        @DisplayName("reports CORO_RUNNING from inside, and refuses reentrance with ValueError coroutine already executing")
        void running() {
            AtomicReference<Coroutine> self = new AtomicReference<>();
            List<CoroState> seen = new ArrayList<>();
            Coroutine coro = new Coroutine("c", frame -> {
                seen.add(self.get().state());
                return frame.returnValue(self.get().send(null));
            });
            self.set(coro);
            assertThatThrownBy(() -> coro.send(null), "coro.send(None) from inside coro's own body: CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("coroutine already executing");
            assertThat(seen).as("getcoroutinestate from inside").containsExactly(CoroState.CORO_RUNNING);
        }

        @Test
        @DisplayName("close() on a suspended coroutine closes the awaited chain; a coroutine ignoring it gets coroutine ignored GeneratorExit")
        void close() {
            Coroutine coro = new Coroutine("awaiter", Programs::awaiter);
            coro.send(null);
            coro.close();
            assertThat(coro.state()).as("state after close()").isEqualTo(CoroState.CORO_CLOSED);
            Coroutine stubborn = new Coroutine("stubborn", Programs::stubborn);
            stubborn.send(null);
            assertThatThrownBy(stubborn::close,
                    "stubborn.close() on a coroutine that suspends again after GeneratorExit: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("coroutine ignored GeneratorExit");
        }

        @Test
        @DisplayName("__await__ of a coroutine is what an await delegates to")
        void dunderAwait() {
            Coroutine coro = downloader("u");
            Object iterator = coro.__await__();
            assertThat(iterator).as("coro.__await__() must support send()").isInstanceOf(GeneratorProtocol.class);
            assertThat(result(() -> ((GeneratorProtocol) iterator).send(null))).as("driving coro.__await__() runs the coroutine")
                    .isEqualTo(Map.of("done", "u"));
        }
    }

    @Test
    @DisplayName("awaitChainDeliversTheSentValue: n coroutines awaiting each other suspend at the bottom and return the value up")
    void awaitChainDeliversTheSentValue() {
        qt().forAll(integers().between(0, 25), integers().between(-100, 100)).checkAssert((depth, value) -> {
            Coroutine chain = new Coroutine("level0", frame -> frame.lasti() == -1
                    ? frame.awaitAt(1, new Programs.Pause()) : frame.returnValue(frame.received()));
            for (int level = 1; level <= depth; level++) {
                Coroutine below = chain;
                chain = new Coroutine("level" + level, frame -> frame.lasti() == -1
                        ? frame.awaitAt(1, below) : frame.returnValue(List.of(frame.received())));
            }
            Coroutine top = chain;
            assertThat(top.send(null)).as("a chain of %d awaits suspends where Pause yields", depth).isEqualTo("paused");
            Object expected = value;
            for (int level = 1; level <= depth; level++) {
                expected = List.of(expected);
            }
            assertThat(result(() -> top.send(value))).as("send(%d) returns through %d levels", value, depth).isEqualTo(expected);
        });
    }
}
