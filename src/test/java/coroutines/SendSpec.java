package coroutines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static support.Raised.raised;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import py.StopIteration;
import py.TypeError;
import py.ValueError;

@DisplayName("send(): priming, values in and out, and the end of a generator")
@Tag("task-1")
class SendSpec {

    /** x = yield "ready"; then forever: x = yield ("got", x); records what it received. */
    static Generator recorder(List<Object> received) {
        return new Generator("recorder", frame -> {
            if (frame.lasti() == -1) {
                return frame.yieldAt(1, "ready");
            }
            Object x = frame.received();
            received.add(x);
            return frame.yieldAt(1, "got " + x);
        });
    }

    @Nested
    @DisplayName("a just-started generator")
    class JustStarted {
        @Test
        @DisplayName("refuses a non-None send with TypeError and stays GEN_CREATED")
        void refusesNonNone() {
            List<Object> received = new ArrayList<>();
            Generator gen = recorder(received);
            assertThatThrownBy(() -> gen.send("sancho"), "gen.send('sancho') on a just-started generator: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("can't send non-None value to a just-started generator");
            assertThat(gen.state()).as("a refused send does not start the generator").isEqualTo(GenState.GEN_CREATED);
            assertThat(gen.send(null)).as("it can still be primed afterwards").isEqualTo("ready");
        }

        @Test
        @DisplayName("is primed by next() or send(None), which run it to its first yield")
        void priming() {
            Generator byNext = recorder(new ArrayList<>());
            Generator bySend = recorder(new ArrayList<>());
            assertThat(byNext.state()).as("state before priming").isEqualTo(GenState.GEN_CREATED);
            assertThat(byNext.giFrame().lasti()).as("lasti before priming").isEqualTo(-1);
            assertThat(byNext.__next__()).as("next(gen) on a new generator").isEqualTo("ready");
            assertThat(bySend.send(null)).as("gen.send(None) on a new generator").isEqualTo("ready");
            assertThat(List.of(byNext.state(), bySend.state())).as("states after priming")
                    .containsOnly(GenState.GEN_SUSPENDED);
            assertThat(byNext.giFrame().lasti()).as("lasti after the first yield (label 1)").isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("a suspended generator")
    class SuspendedGenerator {
        @Test
        @DisplayName("receives the sent value as the result of its yield, and next() sends None")
        void sendDelivers() {
            List<Object> received = new ArrayList<>();
            Generator gen = recorder(received);
            gen.send(null);
            assertThat(gen.send("sancho")).as("gen.send('sancho')").isEqualTo("got sancho");
            assertThat(gen.__next__()).as("next(gen) is send(None)").isEqualTo("got null");
            assertThat(received).as("what the yield expressions evaluated to").containsExactly("sancho", null);
        }
    }

    @Nested
    @DisplayName("a generator that returns")
    class Returning {
        @Test
        @DisplayName("delivers the return value as StopIteration.value once; later calls raise a bare StopIteration")
        void returnValue() {
            Generator gen = new Generator("g", frame -> frame.lasti() == -1 ? frame.yieldAt(1, 1) : frame.returnValue("R"));
            gen.__next__();
            StopIteration returned = raised(StopIteration.class, "gen.send('x') that reaches return 'R': CPython raises StopIteration('R')",
                    () -> gen.send("x"));
            assertThat(returned.value()).as("StopIteration.value of the send that reaches return 'R'").isEqualTo("R");
            assertThat(gen.state()).as("state after return").isEqualTo(GenState.GEN_CLOSED);
            assertThat(gen.giFrame()).as("gi_frame after return").isNull();
            StopIteration afterNext = raised(StopIteration.class, "next(gen) after the end: CPython raises a bare StopIteration", gen::__next__);
            assertThat(afterNext.value()).as("StopIteration.value of next(gen) after the end: the return value is delivered once").isNull();
            StopIteration afterSend = raised(StopIteration.class, "gen.send('y') after the end: CPython raises a bare StopIteration",
                    () -> gen.send("y"));
            assertThat(afterSend.value()).as("StopIteration.value of gen.send('y') after the end: the return value is delivered once").isNull();
        }

        @Test
        @DisplayName("turns a StopIteration raised in the body into RuntimeError generator raised StopIteration, with __cause__")
        void pep479() {
            StopIteration inner = new StopIteration("inner");
            Generator gen = new Generator("g", frame -> {
                if (frame.lasti() == -1) {
                    return frame.yieldAt(1, 1);
                }
                throw inner;
            });
            gen.__next__();
            RuntimeError error = raised(RuntimeError.class,
                    "next(gen) when the body raises StopIteration('inner'): CPython raises RuntimeError (PEP 479)", gen::__next__);
            assertThat(error).as("the RuntimeError of next(gen) whose body raised StopIteration('inner')")
                    .hasMessage("generator raised StopIteration");
            assertThat(error).as("__cause__ of that RuntimeError: CPython chains the StopIteration('inner') the body raised").hasCause(inner);
            assertThat(gen.state()).as("state afterwards").isEqualTo(GenState.GEN_CLOSED);
        }
    }

    @Nested
    @DisplayName("a running generator")
    class RunningGenerator {
        @Test
        @DisplayName("refuses to be resumed from its own body: ValueError generator already executing")
        void reentrance() {
            AtomicReference<Generator> self = new AtomicReference<>();
            List<GenState> seen = new ArrayList<>();
            Generator gen = new Generator("g", frame -> {
                seen.add(self.get().state());
                return frame.yieldAt(1, self.get().send(null));
            });
            self.set(gen);
            assertThatThrownBy(gen::__next__, "next(gen) where the body calls gen.send(None) on itself: CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("generator already executing");
            assertThat(seen).as("getgeneratorstate seen from inside the body").containsExactly(GenState.GEN_RUNNING);
            assertThat(gen.state()).as("the ValueError escaped the body, so the generator is finished").isEqualTo(GenState.GEN_CLOSED);
        }
    }

    @Test
    @DisplayName("accumulatorYieldsRunningSums: sending numbers yields running totals, and None returns the total")
    void accumulatorYieldsRunningSums() {
        qt().forAll(lists().of(integers().between(-1000, 1000)).ofSizeBetween(0, 30)).checkAssert(numbers -> {
            Generator acc = Programs.accumulator();
            assertThat(acc.send(null)).as("priming yields the empty total").isEqualTo(0);
            int total = 0;
            for (int n : numbers) {
                total += n;
                assertThat(acc.send(n)).as("acc.send(%d) after %s", n, numbers).isEqualTo(total);
            }
            int expected = total;
            StopIteration stop = raised(StopIteration.class, "acc.send(None) after " + numbers + ": the accumulator returns, so CPython "
                    + "raises StopIteration", () -> acc.send(null));
            assertThat(stop.value()).as("StopIteration.value of acc.send(None) after %s: the total", numbers).isEqualTo(expected);
        });
    }
}
