package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.TimeoutError;
import py.ValueError;

@DisplayName("gather, wait, wait_for and as_completed")
@Tag("task-5")
class CombinatorSpec extends OnVirtualLoop {

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
    


        @Test
        @DisplayName("of no futures at all is a future that is already done, with []")
        void nothing() {
            String outcome = loop.runUntilComplete(() -> {
                Future<List<Object>> none = Asyncio.gather(false);
                return none.done() ? "done with " + none.result() : "still pending";
            });
            assertThat(outcome).as("asyncio.gather() inside a coroutine: it takes its loop from the running one").isEqualTo("done with []");
        }

        @Test
        @DisplayName("that cannot be cancelled any more does not swallow the cancel() a task made of itself: CancelledError comes at its await")
        void selfCancelSurvivesAnUncancellableAwait() {
            AtomicReference<Task<String>> self = new AtomicReference<>();
            self.set(loop.createTask(() -> {
                self.get().cancel();
                Future<Object> child = loop.createFuture();
                child.setResult(7);
                try {
                    return "got " + await(Asyncio.gather(false, child));
                } catch (CancelledError e) {
                    return "CancelledError at the await";
                }
            }));
            assertThat(loop.runUntilComplete(self.get())).as("a task that calls cancel() on itself and then awaits "
                    + "gather(child) whose child is done already: gather's cancel() answers False, so the task must keep "
                    + "its cancellation pending and throw it in when it resumes, as CPython's Task does")
                    .isEqualTo("CancelledError at the await");
        }

        @Test
        @DisplayName("answers cancel() with True only if it could cancel a child, and False once it is done")
        void cancelAnswers() {
            Future<List<Object>> both = Asyncio.gather(false, sleeper(5, "a"), sleeper(6, "b"));
            assertThat(both.cancel()).as("cancel() of a gather of two pending tasks: it cancelled them, so True").isTrue();
            assertThatThrownBy(() -> loop.runUntilComplete(both),
                    "gather(5 s task, 6 s task) after its cancel() said True: CPython raises CancelledError")
                    .isInstanceOf(CancelledError.class);
            assertThat(both.cancel()).as("cancel() of that gather once it has ended").isFalse();
            Future<Object> ready = loop.createFuture();
            ready.setResult("r");
            Future<List<Object>> late = Asyncio.gather(false, ready);
            assertThat(late.cancel()).as("cancel() of a gather whose only child is done (its callback has not run yet): "
                    + "no child could be cancelled, so False, as in CPython").isFalse();
            assertThat(loop.runUntilComplete(late)).as("that gather still ends with its child's result").containsExactly("r");
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
            WaitResult<Future<?>> r = loop.runUntilComplete(Asyncio.wait(List.of(slow, fast), ReturnWhen.FIRST_COMPLETED));
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
            WaitResult<Future<?>> r = loop.runUntilComplete(Asyncio.wait(List.of(a, b), ReturnWhen.ALL_COMPLETED));
            assertThat(r.done()).as("done set").containsExactlyInAnyOrder(a, b);
            assertThat(r.pending()).as("pending set").isEmpty();
            assertThat(loop.time()).as("virtual time when wait(ALL_COMPLETED) returned").isEqualTo(4.0);
        }

        @Test
        @DisplayName("with a timeout returns what is done by then")
        void timeout() {
            Task<Object> a = sleeper(1, "a");
            Task<Object> b = sleeper(4, "b");
            WaitResult<Future<?>> r = loop.runUntilComplete(Asyncio.wait(List.of(a, b), ReturnWhen.ALL_COMPLETED, 2));
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
    


        @Test
        @DisplayName("with timeout=0 returns on the next turn with nothing done, and does not wait for anything")
        void zeroTimeout() {
            Task<Object> slow = sleeper(4, "slow");
            WaitResult<Future<?>> result = loop.runUntilComplete(Asyncio.wait(List.of(slow), ReturnWhen.ALL_COMPLETED, 0));
            assertThat(result.pending()).as("pending set of wait([4 s task], timeout=0): 0 is a timeout, not 'no timeout'").containsExactly(slow);
            assertThat(loop.time()).as("virtual time when wait(timeout=0) returned").isEqualTo(0.0);
        }

        @Test
        @DisplayName("with ALL_COMPLETED waits for the pending futures even when another one is done already")
        void allCompletedWithOneDone() {
            Future<Object> ready = loop.createFuture();
            ready.setResult("r");
            Task<Object> slow = sleeper(2, "slow");
            WaitResult<Future<?>> result = loop.runUntilComplete(Asyncio.wait(List.of(ready, slow), ReturnWhen.ALL_COMPLETED));
            assertThat(result.done()).as("done set of wait([done future, 2 s task], ALL_COMPLETED)").containsExactlyInAnyOrder(ready, slow);
            assertThat(loop.time()).as("virtual time when it returned").isEqualTo(2.0);
        }

        @Test
        @DisplayName("with FIRST_EXCEPTION returns at the first exception, not at the first result")
        void firstException() {
            Task<Object> fine = sleeper(1, "fine");
            Task<Object> failing = sleeper(2, new ValueError("bad"));
            Task<Object> slow = sleeper(3, "slow");
            WaitResult<Future<?>> result = loop.runUntilComplete(Asyncio.wait(List.of(fine, failing, slow), ReturnWhen.FIRST_EXCEPTION));
            assertThat(loop.time()).as("virtual time when wait(FIRST_EXCEPTION) returned: the task that raised ended at 2 s")
                    .isEqualTo(2.0);
            assertThat(result.done()).as("done set at that moment").containsExactlyInAnyOrder(fine, failing);
            assertThat(result.pending()).as("pending set at that moment").containsExactly(slow);
        }

        @Test
        @DisplayName("with FIRST_EXCEPTION waits for all when none raises, and a cancelled future is no exception")
        void firstExceptionWithoutOne() {
            Task<Object> cancelled = sleeper(1, "never");
            cancelled.cancel();
            Task<Object> fine = sleeper(2, "fine");
            WaitResult<Future<?>> result = loop.runUntilComplete(Asyncio.wait(List.of(cancelled, fine), ReturnWhen.FIRST_EXCEPTION));
            assertThat(loop.time()).as("virtual time when wait([cancelled task, 2 s task], FIRST_EXCEPTION) returned").isEqualTo(2.0);
            assertThat(result.done()).as("done set: every future, since none raised").containsExactlyInAnyOrder(cancelled, fine);
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
    


        @Test
        @DisplayName("passes the inner future's exception through")
        void exceptionPassesThrough() {
            ValueError bad = new ValueError("bad page");
            assertThatThrownBy(() -> loop.runUntilComplete(Asyncio.waitFor(sleeper(1, bad), 5)),
                    "wait_for(task that raises ValueError after 1 s, 5)").isSameAs(bad);
        }

        @Test
        @DisplayName("cancelled itself, cancels the inner future: cancel() says True, and False once it is done")
        void cancelReachesInner() {
            Task<Object> inner = sleeper(5, "late");
            Future<Object> outer = Asyncio.waitFor(inner, 10);
            loop.callLater(1, () -> log.add("cancel() at 1 s: " + outer.cancel()));
            assertThatThrownBy(() -> loop.runUntilComplete(outer), "the wait_for future, cancelled at 1 s")
                    .isInstanceOf(CancelledError.class);
            assertThat(log).as("what cancel() of the pending wait_for future answered").containsExactly("cancel() at 1 s: true");
            assertThat(inner.cancelled()).as("the inner task after its wait_for was cancelled").isTrue();
            assertThat(outer.cancel()).as("cancel() of the wait_for future once it is done").isFalse();
        }

        @Test
        @DisplayName("answers True to cancel() while pending even if the inner future can no longer be cancelled, and then ends with its result")
        void cancelAnswersTrueWhilePending() {
            Future<Object> child = loop.createFuture();
            Future<List<Object>> inner = Asyncio.gather(false, child);
            Future<List<Object>> outer = Asyncio.waitFor(inner, 10);
            child.setResult("done");
            boolean answer = outer.cancel();
            List<Object> result = loop.runUntilComplete(outer);
            assertThat(answer).as("cancel() of a pending wait_for(gather(child), 10) right after the child got its result: "
                    + "the gather cannot be cancelled any more, but CPython's wait_for is a task, and a pending task "
                    + "answers True").isTrue();
            assertThat(result).as("what that wait_for ends with: the gather finished anyway, and CPython's wait_for returns "
                    + "the inner result when it is done by the time the cancellation arrives").containsExactly("done");
        }

        @Test
        @DisplayName("cancelled after its inner future finished but before it passed the outcome on: answers True, then returns the outcome")
        void cancelTooLateStillAnswersTrue() {
            Future<Object> inner = loop.createFuture();
            Future<Object> outer = Asyncio.waitFor(inner, 10);
            inner.setResult("x");
            List<Boolean> answers = List.of(outer.cancel(), outer.cancel());
            Object result = loop.runUntilComplete(outer);
            assertThat(answers).as("cancel() twice on a pending wait_for(future, 10) whose future has just got its result "
                    + "(CPython 3.11: True, True - a pending task always answers True)").containsExactly(true, true);
            assertThat(result).as("what that wait_for ends with: its future was done when the cancellation arrived, so "
                    + "CPython's wait_for returns the result instead of raising CancelledError").isEqualTo("x");
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

    @Test
    @DisplayName("sleep, wait and wait_for that end early cancel their timers: an idle virtual clock does not jump to them later")
    void noTimerLeftBehind() throws InterruptedException {
        List<Thread> answering = new ArrayList<>();
        double idleAt = loop.runUntilComplete(() -> {
            Task<Object> sleeping = sleeper(3600, "never");
            Asyncio.sleep(1);
            sleeping.cancel();
            await(Asyncio.wait(List.of(sleeper(1, "quick")), ReturnWhen.ALL_COMPLETED, 7200));
            await(Asyncio.waitFor(sleeper(1, "in time"), 10800));
            // Nothing is scheduled now: the loop idles until another thread answers through call_soon_threadsafe.
            Future<Object> answer = loop.createFuture();
            answering.add(new Thread(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                loop.callSoonThreadsafe(() -> answer.setResult(null));
            }, "answering thread"));
            answering.get(0).start();
            await(answer);
            return loop.time();
        });
        answering.get(0).join();
        assertThat(idleAt).as("virtual time after three seconds of sleeps and an idle wait for another thread's answer: a timer "
                + "left behind (at 3600 s by the cancelled sleep(3600), 7201 s by wait(timeout=7200), 10802 s by "
                + "wait_for(..., 10800)) makes the idle loop jump to it").isEqualTo(3.0);
    }
}
