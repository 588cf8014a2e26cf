package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.TimeoutError;
import py.ValueError;

@DisplayName("Synchronization between coroutines: Semaphore, BoundedSemaphore and Queue")
@Tag("task-7")
class SyncSpec extends OnVirtualLoop {

    @Nested
    @DisplayName("a Semaphore")
    class Semaphores {

        @Test
        @DisplayName("lets at most N coroutines in at once")
        void bounds() {
            Semaphore sem = new Semaphore(3);
            int[] inside = {0, 0};
            List<Body<?>> bodies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                double d = 1 + i % 3;
                bodies.add(() -> {
                    sem.acquire();
                    inside[0]++;
                    inside[1] = Math.max(inside[1], inside[0]);
                    Asyncio.sleep(d);
                    inside[0]--;
                    sem.release();
                    return null;
                });
            }
            runAll(bodies.toArray(new Body<?>[0]));
            assertThat(inside[1]).as("peak number of coroutines inside Semaphore(3)").isEqualTo(3);
        }

        @Test
        @DisplayName("refuses a negative value, and a BoundedSemaphore refuses an extra release")
        void errors() {
            assertThatExceptionOfType(ValueError.class).as("asyncio.Semaphore(-1)")
                    .isThrownBy(() -> new Semaphore(-1)).withMessage("Semaphore initial value must be >= 0");
            assertThatExceptionOfType(ValueError.class).as("asyncio.BoundedSemaphore(1).release()")
                    .isThrownBy(() -> new BoundedSemaphore(1).release()).withMessage("BoundedSemaphore released too many times");
        }
    


        @Test
        @DisplayName("may start at 0: locked() at once, and the first acquire() waits for a release()")
        void startsAtZero() {
            Semaphore semaphore = new Semaphore(0);
            assertThat(semaphore.locked()).as("locked() of Semaphore(0)").isTrue();
            String seen = loop.runUntilComplete(() -> {
                Task<Boolean> waiter = loop.createTask(semaphore::acquire);
                Asyncio.sleep(1);
                String before = "done at 1 s: " + waiter.done();
                semaphore.release();
                await(waiter);
                return before + ", acquired at " + loop.time() + " s";
            });
            assertThat(seen).as("acquire() on Semaphore(0), with a release() at 1 s").isEqualTo("done at 1 s: false, acquired at 1.0 s");
        }

        @Test
        @DisplayName("is locked() only while no permit is left, and release() gives a permit back")
        void lockedCountsPermits() {
            Semaphore semaphore = new Semaphore(2);
            List<Boolean> locked = loop.runUntilComplete(() -> {
                List<Boolean> out = new ArrayList<>(List.of(semaphore.locked()));
                semaphore.acquire();
                out.add(semaphore.locked());
                semaphore.acquire();
                out.add(semaphore.locked());
                semaphore.release();
                out.add(semaphore.locked());
                semaphore.acquire();
                out.add(semaphore.locked());
                return out;
            });
            assertThat(locked).as("locked() of Semaphore(2): new, after one acquire, after two, after a release, "
                    + "after taking that permit again").containsExactly(false, false, true, false, true);
        }

        @Test
        @DisplayName("passes a permit on when the waiter it was handed to is cancelled before it runs")
        void cancelledWaiterPassesOn() {
            Semaphore semaphore = new Semaphore(1);
            Task<?>[] first = new Task<?>[1];
            String outcome = loop.runUntilComplete(() -> {
                semaphore.acquire();
                first[0] = loop.createTask(semaphore::acquire);
                Task<String> second = loop.createTask(() -> {
                    semaphore.acquire();
                    return "second waiter got the permit at " + loop.time() + " s";
                });
                Asyncio.sleep(0);
                semaphore.release();
                first[0].cancel();
                try {
                    return await(Asyncio.waitFor(second, 60));
                } catch (TimeoutError stuck) {
                    return "second waiter still waiting at " + loop.time() + " s";
                }
            });
            assertThat(outcome).as("release() hands the permit to the first waiter, which is cancelled before it runs: "
                    + "the permit must not be lost with it").isEqualTo("second waiter got the permit at 0.0 s");
            assertThat(first[0].cancelled()).as("the first waiter ended cancelled").isTrue();
        }

        @Test
        @DisplayName("a BoundedSemaphore takes back what was taken, and refuses one release() more")
        void bounded() {
            BoundedSemaphore semaphore = new BoundedSemaphore(2);
            List<Boolean> locked = loop.runUntilComplete(() -> {
                semaphore.acquire();
                semaphore.acquire();
                List<Boolean> out = new ArrayList<>(List.of(semaphore.locked()));
                semaphore.release();
                out.add(semaphore.locked());
                semaphore.release();
                return out;
            });
            assertThat(locked).as("locked() of BoundedSemaphore(2) after two acquires, then after one release").containsExactly(true, false);
            assertThatThrownBy(semaphore::release, "a third release() after two acquires and two releases")
                    .isInstanceOf(ValueError.class).hasMessage("BoundedSemaphore released too many times");
        }
    
    }

    @Nested
    @DisplayName("a Queue")
    class Queues {

        @Test
        @DisplayName("blocks put() at maxsize and get() when empty, delivering items in FIFO order")
        void backPressure() {
            Queue<Integer> q = new Queue<>(2);
            Body<Object> producer = () -> {
                for (int i = 0; i < 5; i++) {
                    q.put(i);
                    log.add("put " + i + " at " + loop.time());
                }
                return null;
            };
            Body<Object> consumer = () -> {
                for (int i = 0; i < 5; i++) {
                    Asyncio.sleep(1);
                    log.add("got " + q.get());
                }
                return null;
            };
            runAll(producer, consumer);
            assertThat(log).as("Queue(maxsize=2): the producer waits for room")
                    .containsExactly("put 0 at 0.0", "put 1 at 0.0", "got 0", "put 2 at 1.0", "got 1", "put 3 at 2.0",
                            "got 2", "put 4 at 3.0", "got 3", "got 4");
        }

        @Test
        @DisplayName("join() waits until task_done() was called for every item")
        void join() {
            Queue<String> q = new Queue<>(0);
            Body<Object> main = () -> {
                q.put("a");
                q.put("b");
                q.join();
                log.add("joined at " + loop.time());
                return null;
            };
            Body<Object> worker = () -> {
                for (int i = 0; i < 2; i++) {
                    String item = q.get();
                    Asyncio.sleep(2);
                    log.add("done " + item);
                    q.taskDone();
                }
                return null;
            };
            runAll(main, worker);
            assertThat(log).as("join returns after both task_done calls").containsExactly("done a", "done b", "joined at 4.0");
        }

        @Test
        @DisplayName("raises QueueEmpty, QueueFull and task_done() called too many times")
        void errors() {
            Queue<String> q = new Queue<>(1);
            assertThatExceptionOfType(QueueEmpty.class).as("asyncio.Queue(1).get_nowait() on an empty queue").isThrownBy(q::getNowait);
            q.putNowait("x");
            assertThat(q.full()).as("full() with one item in Queue(maxsize=1)").isTrue();
            assertThatExceptionOfType(QueueFull.class).as("q.put_nowait('y') on a full Queue(maxsize=1)").isThrownBy(() -> q.putNowait("y"));
            assertThat(q.getNowait()).as("get_nowait()").isEqualTo("x");
            q.taskDone();
            assertThatExceptionOfType(ValueError.class).as("a second q.task_done() after one item")
                    .isThrownBy(q::taskDone).withMessage("task_done() called too many times");
        }

        @Test
        @DisplayName("lets a cancelled getter leave without losing an item")
        void cancelledGetter() {
            Queue<String> q = new Queue<>(0);
            String got = loop.runUntilComplete(() -> {
                Task<String> g1 = loop.createTask(q::get);
                Task<String> g2 = loop.createTask(q::get);
                Asyncio.sleep(0);
                q.putNowait("item");
                g1.cancel();
                try {
                    Coroutine.await(g1);
                } catch (CancelledError expected) {
                    log.add("g1 cancelled");
                }
                return Coroutine.await(g2);
            });
            assertThat(got).as("the second getter receives the item the cancelled one was woken for").isEqualTo("item");
            assertThat(log).containsExactly("g1 cancelled");
        }

        @Test
        @DisplayName("sends a woken getter back to waiting when get_nowait() took its item first")
        void wokenGetterWaitsAgain() {
            Queue<String> q = new Queue<>(0);
            loop.runUntilComplete(() -> {
                Task<Object> getter = loop.createTask(() -> logOutcome("getter", q::get));
                Asyncio.sleep(0);
                q.putNowait("a");
                logOutcome("main get_nowait()", q::getNowait);
                Asyncio.sleep(0);
                log.add("getter still waiting: " + !getter.done());
                q.putNowait("b");
                return Coroutine.await(getter);
            });
            assertThat(log).as("put_nowait('a') wakes the getter, but get_nowait() takes 'a' before it runs: CPython's"
                            + " get() re-checks empty() in a loop, waits again, and gets 'b' (an `if` instead of a"
                            + " `while` raises QueueEmpty or returns nothing)")
                    .containsExactly("main get_nowait() -> a", "getter still waiting: true", "getter -> b");
        }

        @Test
        @DisplayName("sends a woken putter back to waiting when put_nowait() took its room first")
        void wokenPutterWaitsAgain() {
            Queue<String> q = new Queue<>(1);
            q.putNowait("a");
            loop.runUntilComplete(() -> {
                Task<Object> putter = loop.createTask(() -> logOutcome("putter", () -> putAndSay(q, "b")));
                Asyncio.sleep(0);
                logOutcome("main get_nowait()", q::getNowait);
                q.putNowait("x");
                Asyncio.sleep(0);
                log.add("putter still waiting: " + !putter.done());
                logOutcome("main get_nowait()", q::getNowait);
                Coroutine.await(putter);
                return logOutcome("main get_nowait()", q::getNowait);
            });
            assertThat(log).as("in Queue(maxsize=1), get_nowait() wakes the putter of 'b', but put_nowait('x') fills"
                            + " the room before it runs: CPython's put() re-checks full() in a loop and waits again")
                    .containsExactly("main get_nowait() -> a", "putter still waiting: true", "main get_nowait() -> x",
                            "putter -> put b", "main get_nowait() -> b");
        }

        @Test
        @DisplayName("qsize() counts the items waiting in it")
        void qsize() {
            Queue<String> queue = new Queue<>(0);
            List<Integer> sizes = new ArrayList<>(List.of(queue.qsize()));
            queue.putNowait("a");
            queue.putNowait("b");
            sizes.add(queue.qsize());
            queue.getNowait();
            sizes.add(queue.qsize());
            assertThat(sizes).as("qsize() of a new queue, after two put_nowait(), after one get_nowait()").containsExactly(0, 2, 1);
        }
    }

    /** Logs what a queue call returned, or the queue exception it raised, so a wrong answer fails an assertion. */
    Object logOutcome(String who, Body<?> call) {
        try {
            Object value = call.run();
            log.add(who + " -> " + value);
            return value;
        } catch (QueueEmpty | QueueFull refused) {
            log.add(who + " raised " + refused.getClass().getSimpleName());
            return null;
        }
    }

    static String putAndSay(Queue<String> q, String item) {
        q.put(item);
        return "put " + item;
    }
}
