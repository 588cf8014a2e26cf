package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.RuntimeError;
import py.ValueError;

@DisplayName("A task")
@Tag("task-4")
class TaskSpec extends OnVirtualLoop {

    @Nested
    @DisplayName("running a coroutine")
    class Running {

        @Test
        @DisplayName("returns the coroutine's value from run_until_complete, with sub-coroutines and sleeps on virtual time")
        void printSum() {
            int sum = loop.runUntilComplete(() -> {
                Task<Integer> compute = loop.createTask(() -> {
                    log.add("Compute 1 + 2 ...");
                    Asyncio.sleep(1.0);
                    return 1 + 2;
                });
                int result = await(compute);
                log.add("1 + 2 = " + result + " at " + loop.time());
                return result;
            });
            assertThat(sum).as("run_until_complete(print_sum(1, 2))").isEqualTo(3);
            assertThat(log).as("the notes' print_sum, on a virtual clock").containsExactly("Compute 1 + 2 ...", "1 + 2 = 3 at 1.0");
        }

        @Test
        @DisplayName("interleaves tasks at their awaits, so three sleeps of 1, 2 and 3 s take 3 s, not 6")
        void interleaves() {
            loop.runUntilComplete(() -> {
                List<Task<Integer>> tasks = new ArrayList<>();
                for (int s : new int[] {3, 1, 2}) {
                    tasks.add(loop.createTask(() -> {
                        log.add("waiting " + s);
                        Asyncio.sleep(s);
                        log.add("done after " + s + "s");
                        return s;
                    }));
                }
                for (Task<Integer> t : tasks) {
                    await(t);
                }
                return null;
            });
            assertThat(log).as("all start, then finish in order of their sleeps")
                    .containsExactly("waiting 3", "waiting 1", "waiting 2", "done after 1s", "done after 2s", "done after 3s");
            assertThat(loop.time()).as("virtual time after the three concurrent sleeps").isEqualTo(3.0);
        }

        @Test
        @DisplayName("does not start the coroutine synchronously in create_task")
        void startsOnLoop() {
            loop.runUntilComplete(() -> {
                loop.createTask(() -> log.add("child ran"));
                log.add("parent continues");
                Asyncio.sleep(0);
                return null;
            });
            assertThat(log).as("create_task schedules the first step with call_soon").containsExactly("parent continues", "child ran");
        }

        @Test
        @DisplayName("raises the coroutine's exception from run_until_complete")
        void exceptionPropagates() {
            assertThatThrownBy(() -> loop.runUntilComplete(() -> {
                Asyncio.sleep(1);
                throw new ValueError("bad page");
            }), "loop.run_until_complete(coro()) where coro sleeps 1 s, then raises ValueError('bad page'): CPython re-raises it")
                    .isInstanceOf(ValueError.class).hasMessage("bad page");
        }

        @Test
        @DisplayName("knows the running loop inside, and outside there is none: no running event loop")
        void runningLoop() {
            EventLoop seen = loop.runUntilComplete(() -> {
                Asyncio.sleep(0.5);
                return EventLoop.getRunningLoop();
            });
            assertThat(seen).as("get_running_loop() inside a task after an await").isSameAs(loop);
            assertThatThrownBy(EventLoop::getRunningLoop, "asyncio.get_running_loop() outside the loop: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class).hasMessage("no running event loop");
        }

        @Test
        @DisplayName("reports a future left pending when the loop stops: Event loop stopped before Future completed.")
        void stoppedEarly() {
            Future<Integer> never = loop.createFuture();
            loop.callLater(1, loop::stop);
            assertThatThrownBy(() -> loop.runUntilComplete(never),
                    "loop.run_until_complete(fut) of a future never done, with loop.call_later(1, loop.stop): CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class)
                    .hasMessage("Event loop stopped before Future completed.");
        }

        @Test
        @DisplayName("lists the pending tasks in all_tasks()")
        void allTasks() {
            Task<Object> sleeper = loop.createTask(() -> {
                Asyncio.sleep(10);
                return null;
            });
            Task<Object> quick = loop.createTask(() -> "quick");
            loop.runUntilComplete(quick);
            assertThat(loop.allTasks()).as("all_tasks() after the quick one finished").containsExactly(sleeper);
            sleeper.cancel();
            loop.runUntilComplete(() -> {
                Asyncio.sleep(0);
                return null;
            });
            assertThat(loop.allTasks()).as("all_tasks() once every task is done").isEmpty();
        }

        @Test
        @DisplayName("still lists a task that never finished in all_tasks() after loop.close()")
        void allTasksAfterClose() {
            Task<Object> sleeper = loop.createTask(() -> {
                Asyncio.sleep(10);
                return null;
            });
            loop.runUntilComplete(() -> {
                Asyncio.sleep(1);
                return null;
            });
            loop.close();
            assertThat(loop.allTasks()).as("all_tasks(loop) after close() with a task still in sleep(10): closing drops the "
                    + "loop's callbacks but completes no task, so CPython still lists it as pending").containsExactly(sleeper);
            assertThat(sleeper.done()).as("done() of that task after close()").isFalse();
        }

        @Test
        @DisplayName("sleep(0) only yields: the task resumes before a chain of call_soon callbacks, started after it, takes two hops")
        void sleepZeroYieldsWithoutATimer() {
            Task<Object> task = loop.createTask(() -> {
                Asyncio.sleep(0);
                log.add("task resumed");
                return null;
            });
            loop.callSoon(() -> loop.callSoon(() -> {
                log.add("hop 1");
                loop.callSoon(() -> log.add("hop 2"));
            }));
            loop.runUntilComplete(() -> {
                await(task);
                Asyncio.sleep(1);
                return null;
            });
            assertThat(log).as("a task that calls sleep(0), and a callback run right after it in the same turn that starts a "
                    + "chain of call_soon callbacks: sleep(0) queues the wake-up with call_soon, not as a timer, so it does "
                    + "not wait behind what is scheduled later in that turn (CPython logs task resumed, hop 1, hop 2)")
                    .containsSubsequence("task resumed", "hop 2").contains("hop 1");
        }
    }

    @Test
    @DisplayName("leaves no coroutine thread behind when the loop is closed with a task still sleeping")
    void closeReleasesThreads() throws InterruptedException {
        EventLoop own = new EventLoop(true);
        Thread[] ran = new Thread[1];
        own.createTask(() -> {
            ran[0] = Thread.currentThread();
            Asyncio.sleep(1000);
            return null;
        });
        own.callLater(1, own::stop);
        own.runForever();
        own.close();
        assertThat(ran[0]).as("the task's body ran").isNotNull();
        if (ran[0] != Thread.currentThread()) {
            ran[0].join(5000);
            assertThat(ran[0].isAlive()).as("the thread that ran the pending coroutine, after loop.close()").isFalse();
        }
    }

    @Nested
    @DisplayName("being cancelled")
    class Cancelling {

        @Test
        @DisplayName("raises CancelledError inside the coroutine at its await, where it can clean up")
        void cancelAtAwait() {
            Task<String> task = loop.createTask(() -> {
                try {
                    log.add("sleeping");
                    Asyncio.sleep(100);
                    return "woke";
                } catch (CancelledError e) {
                    log.add("cleaning up at " + loop.time());
                    throw e;
                }
            });
            loop.callLater(2, task::cancel);
            assertThatThrownBy(() -> loop.runUntilComplete(task),
                    "loop.run_until_complete(task), task cancelled at 2 s in its sleep, its coroutine re-raising: CPython raises CancelledError")
                    .isInstanceOf(CancelledError.class);
            assertThat(log).as("the coroutine saw CancelledError at its await, at virtual time 2").containsExactly("sleeping", "cleaning up at 2.0");
            assertThat(task.cancelled()).as("a task whose coroutine let CancelledError out is cancelled").isTrue();
        }

        @Test
        @DisplayName("cancels the future the task is waiting on")
        void cancelsWaitedFuture() {
            Future<String> inner = loop.createFuture();
            Task<String> task = loop.createTask(() -> await(inner));
            loop.callSoon(() -> loop.callSoon(task::cancel));
            assertThatThrownBy(() -> loop.runUntilComplete(task),
                    "loop.run_until_complete(task), task cancelled while it awaits a pending future: CPython raises CancelledError")
                    .isInstanceOf(CancelledError.class);
            assertThat(inner.cancelled()).as("the awaited future after task.cancel()").isTrue();
        }

        @Test
        @DisplayName("answers True to cancel() of a task that waits on a future, which it cancels")
        void cancelWhileWaiting() {
            Future<String> inner = loop.createFuture();
            Task<String> task = loop.createTask(() -> await(inner));
            loop.callSoon(() -> loop.callSoon(() -> log.add("cancel(): " + task.cancel())));
            assertThatThrownBy(() -> loop.runUntilComplete(task),
                    "loop.run_until_complete(task), task cancelled while it awaits a pending future: CPython raises CancelledError")
                    .isInstanceOf(CancelledError.class);
            assertThat(log).as("what cancel() answered for a task waiting on a pending future").containsExactly("cancel(): true");
        }

        @Test
        @DisplayName("answers True to cancel() while pending, again on a repeat call, and False once done")
        void cancelAnswers() {
            Task<String> task = loop.createTask(() -> "x");
            assertThat(task.cancel()).as("cancel() of a task that has not started").isTrue();
            assertThat(task.cancel()).as("a second cancel() before the task ran").isTrue();
            assertThatThrownBy(() -> loop.runUntilComplete(task),
                    "loop.run_until_complete(task), task cancelled before its first step: CPython raises CancelledError")
                    .isInstanceOf(CancelledError.class);
            assertThat(log).as("a task cancelled before its first step never runs its body").isEmpty();
            assertThat(task.cancel()).as("cancel() of a done task").isFalse();
        }

        @Test
        @DisplayName("may be refused: a coroutine that catches CancelledError and returns ends with a result")
        void swallowed() {
            Task<String> task = loop.createTask(() -> {
                try {
                    Asyncio.sleep(5);
                    return "slept";
                } catch (CancelledError e) {
                    return "refused";
                }
            });
            loop.callLater(1, task::cancel);
            assertThat(loop.runUntilComplete(task)).as("result of a task that caught its cancellation").isEqualTo("refused");
            assertThat(task.cancelled()).as("cancelled() of that task").isFalse();
        }
    }
}
