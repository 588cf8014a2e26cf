package generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static support.Raised.raised;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.KeyError;
import py.RuntimeError;
import py.StopIteration;
import py.ValueError;

@DisplayName("Generator frame state: lasti, locals, gi_frame and getgeneratorstate")
@Tag("task-4")
class GeneratorFrameStateSpec {

    /** yield "a"; yield "b"; return "R", with one local per step. */
    static Code twoYields() {
        return frame -> switch (frame.lasti()) {
            case -1 -> {
                frame.locals().put("step", 1);
                yield frame.yieldAt(10, "a");
            }
            case 10 -> {
                frame.locals().put("step", 2);
                yield frame.yieldAt(20, "b");
            }
            case 20 -> frame.returnValue("R");
            default -> throw new IllegalStateException("no resume point " + frame.lasti());
        };
    }

    @Nested
    @DisplayName("a just-created generator")
    class JustCreated {
        @Test
        @DisplayName("is GEN_CREATED, with a frame at lasti -1 and no body run yet")
        void created() {
            List<String> ran = new ArrayList<>();
            Generator gen = new Generator(new Interpreter(), "g", frame -> {
                ran.add("body");
                return frame.returnValue(null);
            });
            assertThat(gen.state()).as("getgeneratorstate(g()) before any next()").isEqualTo(GenState.GEN_CREATED);
            assertThat(gen.giFrame()).as("gi_frame exists as soon as the generator function is called").isNotNull();
            assertThat(gen.giFrame().lasti()).as("gi_frame.f_lasti before the first next(): the model's 'not started'").isEqualTo(-1);
            assertThat(gen.giFrame().name()).as("gi_frame.f_code.co_name").isEqualTo("g");
            assertThat(gen.giFrame().locals()).as("no local assigned yet").isEmpty();
            assertThat(ran).as("calling a generator function runs none of its body").isEmpty();
        }

        @Test
        @DisplayName("is its own iterator")
        void ownIterator() {
            Generator gen = new Generator(new Interpreter(), "g", twoYields());
            assertThat(gen.__iter__()).as("iter(gen) is gen").isSameAs(gen);
        }
    }

    @Nested
    @DisplayName("a suspended generator")
    class Suspended {
        @Test
        @DisplayName("records the yield it stopped at as lasti, and keeps its locals in the frame")
        void lastiAndLocals() {
            Generator gen = new Generator(new Interpreter(), "g", twoYields());
            assertThat(gen.__next__()).as("first next()").isEqualTo("a");
            assertThat(gen.state()).as("state after a yield").isEqualTo(GenState.GEN_SUSPENDED);
            assertThat(gen.giFrame().lasti()).as("lasti after stopping at the yield labelled 10").isEqualTo(10);
            assertThat(gen.giFrame().locals()).as("gi_frame.f_locals after the first yield").containsEntry("step", 1);
            Frame frame = gen.giFrame();
            assertThat(gen.__next__()).as("second next()").isEqualTo("b");
            assertThat(gen.giFrame()).as("the same frame object is resumed every time").isSameAs(frame);
            assertThat(frame.lasti()).as("lasti after the yield labelled 20").isEqualTo(20);
            assertThat(frame.locals()).as("locals after the second yield").containsEntry("step", 2);
        }

        @Test
        @DisplayName("has no f_back while suspended, and the resumer's frame as f_back while running")
        void backOnlyWhileRunning() {
            Interpreter interpreter = new Interpreter();
            AtomicReference<Frame> backWhileRunning = new AtomicReference<>();
            AtomicReference<Frame> currentWhileRunning = new AtomicReference<>();
            Generator gen = new Generator(interpreter, "g", frame -> {
                backWhileRunning.set(frame.back());
                currentWhileRunning.set(interpreter.currentFrame());
                return frame.yieldAt(1, "x");
            });
            AtomicReference<Frame> callerFrame = new AtomicReference<>();
            interpreter.call("caller", frame -> {
                callerFrame.set(frame);
                return gen.__next__();
            });
            assertThat(currentWhileRunning.get()).as("while the body runs, currentframe() is the generator's frame")
                    .isSameAs(gen.giFrame());
            assertThat(backWhileRunning.get()).as("while running, gi_frame.f_back is the frame that called next()")
                    .isSameAs(callerFrame.get());
            assertThat(gen.giFrame().back()).as("once suspended, gi_frame.f_back is None").isNull();
            assertThat(interpreter.currentFrame().name()).as("next() leaves the stack as it found it").isEqualTo("<module>");
        }
    }

    @Nested
    @DisplayName("a running generator")
    class Running {
        @Test
        @DisplayName("reports GEN_RUNNING from inside its own body")
        void runningInside() {
            AtomicReference<Generator> self = new AtomicReference<>();
            List<GenState> seen = new ArrayList<>();
            Generator gen = new Generator(new Interpreter(), "g", frame -> {
                seen.add(self.get().state());
                return frame.yieldAt(1, null);
            });
            self.set(gen);
            gen.__next__();
            assertThat(seen).as("getgeneratorstate(gen) seen by the body itself").containsExactly(GenState.GEN_RUNNING);
        }

        @Test
        @DisplayName("refuses to be resumed from inside itself: ValueError generator already executing")
        void reentrance() {
            AtomicReference<Generator> self = new AtomicReference<>();
            Generator gen = new Generator(new Interpreter(), "g", frame -> frame.yieldAt(1, self.get().__next__()));
            self.set(gen);
            assertThatThrownBy(gen::__next__, "next(gen) where the body calls next(gen) on itself: CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("generator already executing");
            assertThat(gen.state()).as("the ValueError escaped the body, so the generator is finished").isEqualTo(GenState.GEN_CLOSED);
        }
    }

    @Nested
    @DisplayName("a finished generator")
    class Finished {
        @Test
        @DisplayName("delivers its return value in StopIteration once, then raises bare StopIteration")
        void returnValueOnce() {
            Generator gen = new Generator(new Interpreter(), "g", twoYields());
            gen.__next__();
            gen.__next__();
            StopIteration returned = raised(StopIteration.class, "the third next(gen), which reaches return 'R': CPython raises "
                    + "StopIteration('R')", gen::__next__);
            assertThat(returned.value()).as("StopIteration.value of the next(gen) that reaches return 'R'").isEqualTo("R");
            StopIteration later = raised(StopIteration.class, "next(gen) after the end: CPython raises a bare StopIteration", gen::__next__);
            assertThat(later.value()).as("StopIteration.value of next(gen) after the end: the return value is delivered once").isNull();
        }

        @Test
        @DisplayName("is GEN_CLOSED and drops its frame: gi_frame is None")
        void frameDropped() {
            Generator gen = new Generator(new Interpreter(), "g", frame -> frame.returnValue(null));
            assertThatThrownBy(gen::__next__, "next(gen) where the body returns at once: CPython raises StopIteration")
                    .isInstanceOf(StopIteration.class);
            assertThat(gen.state()).as("state after the body returned").isEqualTo(GenState.GEN_CLOSED);
            assertThat(gen.giFrame()).as("gi_frame of an exhausted generator").isNull();
        }

        @Test
        @DisplayName("is finished too when its body raised, and the exception reaches the caller unchanged")
        void raisedEnds() {
            List<String> runs = new ArrayList<>();
            Generator gen = new Generator(new Interpreter(), "g", frame -> {
                runs.add("run");
                throw new KeyError("k");
            });
            assertThatThrownBy(gen::__next__, "next(gen) where the body raises KeyError('k'): CPython lets the KeyError out")
                    .isInstanceOf(KeyError.class).hasMessage("'k'");
            assertThat(gen.state()).as("state after the body raised").isEqualTo(GenState.GEN_CLOSED);
            assertThat(gen.giFrame()).as("gi_frame after the body raised").isNull();
            assertThatThrownBy(gen::__next__, "next() after that").isInstanceOf(StopIteration.class);
            assertThat(runs).as("the body is never run again").hasSize(1);
        }

        @Test
        @DisplayName("turns a StopIteration escaping the body into RuntimeError generator raised StopIteration (PEP 479)")
        void pep479() {
            StopIteration inner = new StopIteration("inner");
            Generator gen = new Generator(new Interpreter(), "g", frame -> {
                throw inner;
            });
            RuntimeError error = raised(RuntimeError.class,
                    "next(gen) where the body raises StopIteration('inner'): CPython raises RuntimeError (PEP 479)", gen::__next__);
            assertThat(error).as("the RuntimeError of next(gen) whose body raised StopIteration('inner')")
                    .hasMessage("generator raised StopIteration");
            assertThat(error).as("__cause__ of that RuntimeError: CPython chains the original StopIteration('inner')").hasCause(inner);
            assertThat(gen.state()).as("state after PEP 479 fired").isEqualTo(GenState.GEN_CLOSED);
        }
    }

    @Test
    @DisplayName("a frame's yieldAt hands back an unfinished Suspension with the value and moves lasti; returnValue a finished one")
    void framesSuspend() {
        Frame frame = new Frame("g", null);
        assertThat(frame.yieldAt(10, "a")).as("frame.yieldAt(10, 'a'): what `yield 'a'` at label 10 hands the generator")
                .isEqualTo(new Suspension(false, "a"));
        assertThat(frame.lasti()).as("f_lasti after the yield at label 10").isEqualTo(10);
        assertThat(frame.returnValue("R")).as("frame.returnValue('R'): what `return 'R'` hands the generator")
                .isEqualTo(new Suspension(true, "R"));
        assertThat(frame.lasti()).as("f_lasti after return: still the last yield's label").isEqualTo(10);
    }

    @Test
    @DisplayName("lastiFollowsTheYields: after k next() calls, lasti is the label of the k-th yield")
    void lastiFollowsTheYields() {
        qt().forAll(integers().between(0, 20), integers().between(0, 25)).checkAssert((yields, calls) -> {
            // Yield number i (1-based) is labelled 100 + i and hands out i * i.
            Generator gen = new Generator(new Interpreter(), "squares", frame -> {
                int done = frame.lasti() < 0 ? 0 : frame.lasti() - 100;
                frame.locals().put("i", done + 1);
                return done < yields ? frame.yieldAt(101 + done, (done + 1) * (done + 1)) : frame.returnValue(done);
            });
            for (int k = 1; k <= calls; k++) {
                if (k <= yields) {
                    assertThat(gen.__next__()).as("next() #%d of %d yields", k, yields).isEqualTo(k * k);
                    assertThat(gen.giFrame().lasti()).as("lasti after next() #%d", k).isEqualTo(100 + k);
                    assertThat(gen.state()).as("state after next() #%d", k).isEqualTo(GenState.GEN_SUSPENDED);
                } else {
                    assertThatThrownBy(gen::__next__, "next() #%d of %d yields", k, yields).isInstanceOf(StopIteration.class);
                    assertThat(gen.giFrame()).as("gi_frame after the end").isNull();
                    assertThat(gen.state()).as("state after the end").isEqualTo(GenState.GEN_CLOSED);
                }
            }
        });
    }
}
