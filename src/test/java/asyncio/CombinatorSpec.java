package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.TimeoutError;
import py.ValueError;

@DisplayName("gather, wait, wait_for and as_completed")
@Tag("task-5")
class CombinatorSpec {

    final EventLoop loop = new EventLoop(true);
    final List<String> log = new ArrayList<>();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    Task<Object> sleeper(double seconds, Object value) {
        return sleeper(loop, seconds, value, log::add);
    }

    /** A task that sleeps, says "finished <value>", then returns the value, or raises it if it is an exception. */
    static Task<Object> sleeper(EventLoop loop, double seconds, Object value, Consumer<String> log) {
        return loop.createTask(() -> {
            Asyncio.sleep(seconds);
            log.accept("finished " + value);
            if (value instanceof RuntimeException e) {
                throw e;
            }
            return value;
        });
    }

    @Nested
    @DisplayName("gather")
    class Gather {

        @Test
        @DisplayName("returns results in argument order, not completion order, after the longest one")
        void keepsOrder() {
            List<Object> results = loop.runUntilComplete(Asyncio.gather(false, sleeper(3, "a"), sleeper(1, "b"), sleeper(2, "c")));
            assertThat(results).as("gather(3 s 'a', 1 s 'b', 2 s 'c')").containsExactly("a", "b", "c");
            assertThat(log).as("completion order").containsExactly("finished b", "finished c", "finished a");
            assertThat(loop.time()).as("virtual time: the longest, not the sum").isEqualTo(3.0);
        }

        @Test
        @DisplayName("fails with the first exception, leaving the others running")
        void firstException() {
            Task<Object> slow = sleeper(5, "slow");
            ValueError bad = new ValueError("bad");
            Future<List<Object>> all = Asyncio.gather(false, slow, sleeper(1, bad));
            assertThatThrownBy(() -> loop.runUntilComplete(all),
                    "gather(5 s task, task raising ValueError('bad') at 1 s): CPython raises that very ValueError").isSameAs(bad);
            assertThat(slow.done()).as("the slow task is not cancelled by the failure").isFalse();
            assertThat(loop.runUntilComplete(slow)).as("and still finishes").isEqualTo("slow");
        }

        @Test
        @DisplayName("puts exceptions in place with return_exceptions=True")
        void returnExceptions() {
            ValueError bad = new ValueError("bad");
            Task<Object> cancelled = sleeper(9, "never");
            cancelled.cancel();
            List<Object> results = loop.runUntilComplete(Asyncio.gather(true, sleeper(2, "a"), sleeper(1, bad), cancelled));
            assertThat(results.get(0)).as("first result").isEqualTo("a");
            assertThat(results.get(1)).as("second: the exception object itself").isSameAs(bad);
            assertThat(results.get(2)).as("third: a cancelled child shows up as CancelledError").isInstanceOf(CancelledError.class);
        }

        @Test
        @DisplayName("cancels its children when cancelled")
        void cancelGather() {
            Task<Object> a = sleeper(5, "a");
            Task<Object> b = sleeper(6, "b");
            Future<List<Object>> all = Asyncio.gather(false, a, b);
            loop.callLater(1, all::cancel);
            assertThatThrownBy(() -> loop.runUntilComplete(all), "gather(5 s task, 6 s task), cancelled at 1 s: CPython raises CancelledError")
                    .isInstanceOf(CancelledError.class);
            assertThat(a.cancelled() && b.cancelled()).as("both children cancelled by gather.cancel()").isTrue();
        }
    }

    @Nested
    @DisplayName("wait")
    class Wait {

        @Test
        @DisplayName("with FIRST_COMPLETED returns as soon as one is done, cancelling nothing")
        void firstCompleted() {
            Task<Object> fast = sleeper(1, "fast");
            Task<Object> slow = sleeper(4, "slow");
            WaitResult r = loop.runUntilComplete(Asyncio.wait(List.of(slow, fast), ReturnWhen.FIRST_COMPLETED));
            assertThat(r.done()).as("done set").containsExactly(fast);
            assertThat(r.pending()).as("pending set").containsExactly(slow);
            assertThat(loop.time()).as("wait returned at the first completion").isEqualTo(1.0);
            assertThat(slow.cancelled()).as("wait never cancels").isFalse();
        }

        @Test
        @DisplayName("with ALL_COMPLETED returns when every one is done")
        void allCompleted() {
            Task<Object> a = sleeper(1, "a");
            Task<Object> b = sleeper(4, new ValueError("b"));
            WaitResult r = loop.runUntilComplete(Asyncio.wait(List.of(a, b), ReturnWhen.ALL_COMPLETED));
            assertThat(r.done()).as("done set").containsExactlyInAnyOrder(a, b);
            assertThat(r.pending()).as("pending set").isEmpty();
            assertThat(loop.time()).as("virtual time when wait(ALL_COMPLETED) returned").isEqualTo(4.0);
        }

        @Test
        @DisplayName("with a timeout returns what is done by then")
        void timeout() {
            Task<Object> a = sleeper(1, "a");
            Task<Object> b = sleeper(4, "b");
            WaitResult r = loop.runUntilComplete(Asyncio.wait(List.of(a, b), ReturnWhen.ALL_COMPLETED, 2));
            assertThat(r.done()).as("done after a 2 s timeout").containsExactly(a);
            assertThat(r.pending()).as("pending after a 2 s timeout").containsExactly(b);
        }

        @Test
        @DisplayName("refuses an empty collection: Set of Tasks/Futures is empty.")
        void empty() {
            assertThatThrownBy(() -> Asyncio.wait(List.of(), ReturnWhen.ALL_COMPLETED),
                    "await asyncio.wait([], return_when=ALL_COMPLETED): CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("Set of Tasks/Futures is empty.");
        }
    }

    @Nested
    @DisplayName("wait_for")
    class WaitFor {

        @Test
        @DisplayName("returns the value when it comes in time")
        void inTime() {
            assertThat(loop.runUntilComplete(Asyncio.waitFor(sleeper(1, "v"), 2))).as("wait_for(1 s task, 2)").isEqualTo("v");
        }

        @Test
        @DisplayName("on timeout cancels the inner task, lets it clean up, then raises TimeoutError")
        void timesOut() {
            Task<String> inner = loop.createTask(() -> {
                try {
                    Asyncio.sleep(10);
                    return "late";
                } catch (CancelledError e) {
                    log.add("inner cancelled at " + loop.time());
                    throw e;
                }
            });
            assertThatThrownBy(() -> loop.runUntilComplete(Asyncio.waitFor(inner, 3)),
                    "wait_for(task sleeping 10 s, 3): CPython raises TimeoutError").isInstanceOf(TimeoutError.class);
            assertThat(inner.cancelled()).as("the inner task after wait_for timed out").isTrue();
            assertThat(log).as("the inner coroutine saw its cancellation before TimeoutError was raised").containsExactly("inner cancelled at 3.0");
        }
    }

    @Test
    @DisplayName("wait_for waits for a slow cleanup of the cancelled inner task before raising TimeoutError")
    void waitsForCleanup() {
        Task<String> inner = loop.createTask(() -> {
            try {
                Asyncio.sleep(10);
                return "late";
            } catch (CancelledError e) {
                Asyncio.sleep(1);
                log.add("inner cleaned up at " + loop.time());
                throw e;
            }
        });
        String outcome = loop.runUntilComplete(() -> {
            try {
                return Coroutine.await(Asyncio.waitFor(inner, 3));
            } catch (TimeoutError e) {
                return "TimeoutError at " + loop.time();
            }
        });
        assertThat(outcome).as("wait_for(inner, 3) where the inner task needs 1 s to clean up: CPython raises at 4.0").isEqualTo("TimeoutError at 4.0");
        assertThat(log).as("the cleanup finished first").containsExactly("inner cleaned up at 4.0");
    }

    @Test
    @DisplayName("as_completed yields outcomes in completion order")
    void asCompleted() {
        List<Object> order = loop.runUntilComplete(() -> {
            List<Object> seen = new ArrayList<>();
            for (Future<Object> f : Asyncio.asCompleted(List.of(sleeper(3, "a"), sleeper(1, "b"), sleeper(2, "c")))) {
                seen.add(await(f) + "@" + loop.time());
            }
            return seen;
        });
        assertThat(order).as("for f in as_completed([3 s a, 1 s b, 2 s c]): await f").containsExactly("b@1.0", "c@2.0", "a@3.0");
    }
}
