package coroutines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.GeneratorExit;
import py.KeyError;
import py.PyBaseException;
import py.PyException;
import py.RuntimeError;
import py.StopIteration;
import py.ValueError;

@DisplayName("throw() and close(): exceptions delivered at the paused yield")
@Tag("task-2")
class ThrowCloseSpec {

    @Test
    @DisplayName("refuses throw() and close() from its own body too, and knows the name of its code")
    void throwAndCloseFromInside() {
        AtomicReference<Generator> self = new AtomicReference<>();
        List<String> seen = new ArrayList<>();
        Generator gen = new Generator("ticker", frame -> {
            seen.add("f_code.co_name " + frame.name());
            for (Runnable reentry : List.<Runnable>of(() -> self.get().throw_(new KeyError("x")), () -> self.get().close())) {
                try {
                    reentry.run();
                } catch (ValueError refused) {
                    seen.add(refused.getMessage());
                }
            }
            return frame.yieldAt(1, "done");
        });
        self.set(gen);
        assertThat(gen.__next__()).as("next(gen) after the body caught both ValueErrors").isEqualTo("done");
        assertThat(seen).as("what the body saw: its frame's code name, then gen.throw(...) and gen.close() from inside")
                .containsExactly("f_code.co_name ticker", "generator already executing", "generator already executing");
    }

    /** The notes' foo(): while True: try: res = yield 4 / except Exception: pass; logs what happened. */
    static Generator notesFoo(List<String> log) {
        return new Generator("foo", frame -> {
            if (frame.lasti() != -1) {
                try {
                    log.add("res: " + frame.received());
                } catch (PyException caught) {
                    log.add("caught " + caught);
                }
            }
            return frame.yieldAt(1, 4);
        });
    }

    /** yield 1; yield 2, where the body's {@code except GeneratorExit:} clause does what onExit does. */
    static Generator onGeneratorExit(Function<Frame, Suspension> onExit) {
        return new Generator("g", frame -> {
            if (frame.lasti() == -1) {
                return frame.yieldAt(1, 1);
            }
            try {
                frame.received();
            } catch (GeneratorExit exit) {
                return onExit.apply(frame);
            }
            return frame.yieldAt(1, 2);
        });
    }

    /** yield 1; yield 2, logging every exception that reaches the body before re-raising it. */
    static Generator logging(List<String> log) {
        return new Generator("g", frame -> {
            if (frame.lasti() == -1) {
                log.add("started");
                return frame.yieldAt(1, 1);
            }
            try {
                frame.received();
            } catch (PyBaseException seen) {
                log.add("saw " + seen);
                throw seen;
            }
            return frame.lasti() == 1 ? frame.yieldAt(2, 2) : frame.returnValue(null);
        });
    }

    @Nested
    @DisplayName("throw()")
    class Throw {
        @Test
        @DisplayName("raises at the yield; if the body handles it, throw() returns the next yielded value")
        void handled() {
            List<String> log = new ArrayList<>();
            Generator foo = notesFoo(log);
            foo.__next__();
            assertThat(foo.throw_(new PyException("download error"))).as("g.throw(Exception('download error'))").isEqualTo(4);
            assertThat(log).as("the body's except clause ran").containsExactly("caught Exception: download error");
            assertThat(foo.send("sancho")).as("the generator carries on").isEqualTo(4);
            assertThat(foo.state()).as("state after a handled throw").isEqualTo(GenState.GEN_SUSPENDED);
        }

        @Test
        @DisplayName("propagates an exception the body does not handle, and the generator is closed")
        void unhandled() {
            List<String> log = new ArrayList<>();
            Generator gen = logging(log);
            gen.__next__();
            KeyError error = new KeyError("k");
            assertThatThrownBy(() -> gen.throw_(error), "g.throw(KeyError('k'))").isSameAs(error);
            assertThat(log).as("the body saw it at its yield").containsExactly("started", "saw KeyError: 'k'");
            assertThat(gen.state()).as("state after an unhandled throw").isEqualTo(GenState.GEN_CLOSED);
            assertThat(gen.giFrame()).as("gi_frame after an unhandled throw").isNull();
        }

        @Test
        @DisplayName("into a just-started generator raises at once without running the body, and closes it")
        void justStarted() {
            List<String> log = new ArrayList<>();
            Generator gen = logging(log);
            ValueError error = new ValueError("early");
            assertThatThrownBy(() -> gen.throw_(error), "g.throw(ValueError('early')) before next()").isSameAs(error);
            assertThat(log).as("no line of the body ran").isEmpty();
            assertThat(gen.state()).as("state after throwing into a new generator").isEqualTo(GenState.GEN_CLOSED);
            assertThatThrownBy(gen::__next__, "next() afterwards").isInstanceOf(StopIteration.class);
        }

        @Test
        @DisplayName("on a closed generator re-raises the very exception it was given")
        void closedReRaises() {
            Generator gen = logging(new ArrayList<>());
            gen.close();
            ValueError error = new ValueError("late");
            assertThatThrownBy(() -> gen.throw_(error), "g.throw(exc) after close()").isSameAs(error);
        }

        @Test
        @DisplayName("of GeneratorExit is an ordinary throw: a body that catches it and yields just yields")
        void throwGeneratorExitIsNotClose() {
            Generator stubborn = new Generator("stubborn", Programs::stubborn);
            stubborn.__next__();
            assertThat(stubborn.throw_(new GeneratorExit("bye"))).as("g.throw(GeneratorExit('bye')) into a body that catches it")
                    .isEqualTo(101);
        }

        @Test
        @DisplayName("of StopIteration that escapes becomes RuntimeError generator raised StopIteration")
        void throwStopIteration() {
            Generator gen = logging(new ArrayList<>());
            gen.__next__();
            StopIteration stop = new StopIteration("s");
            assertThatThrownBy(() -> gen.throw_(stop),
                    "gen.throw(StopIteration('s')) that escapes the body: CPython raises RuntimeError (PEP 479)")
                    .isInstanceOf(RuntimeError.class)
                    .hasMessage("generator raised StopIteration").hasCause(stop);
        }
    }

    @Nested
    @DisplayName("close()")
    class Close {
        @Test
        @DisplayName("raises GeneratorExit at the yield; a body that lets it through ends quietly")
        void closesQuietly() {
            List<String> log = new ArrayList<>();
            Generator gen = logging(log);
            gen.__next__();
            assertThatCode(gen::close).as("g.close()").doesNotThrowAnyException();
            assertThat(log).as("the body saw GeneratorExit at its yield").containsExactly("started", "saw GeneratorExit");
            assertThat(gen.state()).as("state after close()").isEqualTo(GenState.GEN_CLOSED);
            assertThat(gen.giFrame()).as("gi_frame after close()").isNull();
            assertThatThrownBy(gen::__next__, "next() after close()").isInstanceOf(StopIteration.class);
        }

        @Test
        @DisplayName("raises RuntimeError generator ignored GeneratorExit when the body yields again, and leaves it suspended")
        void ignored() {
            Generator stubborn = new Generator("stubborn", Programs::stubborn);
            stubborn.__next__();
            assertThatThrownBy(stubborn::close,
                    "stubborn.close() on a generator that yields again after GeneratorExit: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("generator ignored GeneratorExit");
            assertThat(stubborn.state()).as("the body yielded, so it is suspended, not closed").isEqualTo(GenState.GEN_SUSPENDED);
            assertThat(stubborn.__next__()).as("and it can be resumed: n went 0 -> 101 -> 102").isEqualTo(102);
        }

        @Test
        @DisplayName("accepts a body that catches GeneratorExit and returns")
        void catchAndReturn() {
            Generator gen = onGeneratorExit(frame -> frame.returnValue("x"));
            gen.__next__();
            assertThatCode(gen::close).as("close() when the body returns on GeneratorExit").doesNotThrowAnyException();
            assertThat(gen.state()).as("state afterwards").isEqualTo(GenState.GEN_CLOSED);
        }

        @Test
        @DisplayName("lets another exception raised by the body while closing through")
        void otherException() {
            Generator gen = onGeneratorExit(frame -> {
                throw new KeyError("oops");
            });
            gen.__next__();
            assertThatThrownBy(gen::close,
                    "gen.close() where the body raises KeyError('oops') on GeneratorExit: CPython lets the KeyError out")
                    .isInstanceOf(KeyError.class).hasMessage("'oops'");
            assertThat(gen.state()).as("state afterwards").isEqualTo(GenState.GEN_CLOSED);
        }

        @Test
        @DisplayName("on a just-started generator closes it without running the body; on a closed one does nothing")
        void createdAndClosed() {
            List<String> log = new ArrayList<>();
            Generator gen = logging(log);
            gen.close();
            assertThat(log).as("close() before next() runs nothing").isEmpty();
            assertThat(gen.state()).as("state").isEqualTo(GenState.GEN_CLOSED);
            assertThat(gen.giFrame()).as("gi_frame").isNull();
            assertThatCode(gen::close).as("a second close()").doesNotThrowAnyException();
        }
    }

    @Test
    @DisplayName("echoSurvivesHandledThrows: an echo that catches ValueError answers every throw and keeps echoing sends")
    void echoSurvivesHandledThrows() {
        qt().forAll(integers().between(0, 1 << 12), integers().between(1, 12)).checkAssert((pattern, length) -> {
            Generator echo = Programs.echo();
            echo.send(null);
            for (int i = 0; i < length; i++) {
                if ((pattern >> i & 1) == 1) {
                    assertThat(echo.throw_(new ValueError("v" + i))).as("echo.throw(ValueError('v%d'))", i).isEqualTo("caught v" + i);
                } else {
                    assertThat(echo.send(i)).as("echo.send(%d)", i).isEqualTo(i);
                }
            }
            assertThat(echo.state()).as("state after %d operations", length).isEqualTo(GenState.GEN_SUSPENDED);
        });
    }
}
