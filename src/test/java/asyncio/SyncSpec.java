package asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.RuntimeError;
import py.ValueError;

@DisplayName("Synchronization between coroutines")
@Tag("task-7")
class SyncSpec {

    final EventLoop loop = new EventLoop(true);
    final List<String> log = new ArrayList<>();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    void runAll(Body<?>... bodies) {
        loop.runUntilComplete(() -> {
            List<Future<?>> tasks = new ArrayList<>();
            for (Body<?> b : bodies) {
                tasks.add(loop.createTask(b));
            }
            return Coroutine.await(Asyncio.gather(false, tasks.toArray(new Future<?>[0])));
        });
    }

    @Nested
    @DisplayName("a Lock")
    class LockSpec {

        @Test
        @DisplayName("hands itself to waiters in FIFO order, and a newcomer does not jump the queue")
        void fifo() {
            Lock lock = new Lock();
            Body<Object> holder = () -> {
                lock.acquire();
                log.add("A has it");
                Asyncio.sleep(1);
                lock.release();
                log.add("A released");
                return null;
            };
            Body<Object> newcomer = () -> {
                Asyncio.sleep(1);
                // Runs right after A released, before B's wake-up: B must still get the lock first.
                lock.acquire();
                log.add("N has it");
                lock.release();
                return null;
            };
            List<Body<Object>> all = new ArrayList<>(List.of(holder));
            for (String name : List.of("B", "C")) {
                all.add(() -> {
                    Asyncio.sleep(0.5);
                    lock.acquire();
                    log.add(name + " has it");
                    Asyncio.sleep(0);
                    lock.release();
                    return null;
                });
            }
            all.add(newcomer);
            runAll(all.toArray(new Body<?>[0]));
            assertThat(log).as("A holds, B and C queue at 0.5 s, a newcomer arrives as A releases at 1 s")
                    .containsExactly("A has it", "A released", "B has it", "C has it", "N has it");
        }

        @Test
        @DisplayName("refuses release() when not held: Lock is not acquired.")
        void releaseUnlocked() {
            assertThatExceptionOfType(RuntimeError.class).as("asyncio.Lock().release()")
                    .isThrownBy(() -> new Lock().release()).withMessage("Lock is not acquired.");
        }

        @Test
        @DisplayName("passes the lock on when a woken waiter is cancelled before it runs")
        void cancelledWaiterPassesOn() {
            Lock lock = new Lock();
            Task<?>[] b = new Task<?>[1];
            loop.runUntilComplete(() -> {
                lock.acquire();
                b[0] = loop.createTask(() -> lock.acquire());
                Task<Boolean> c = loop.createTask(() -> {
                    lock.acquire();
                    log.add("C got it");
                    return lock.locked();
                });
                Asyncio.sleep(0);
                lock.release();
                b[0].cancel();
                return Coroutine.await(c);
            });
            assertThat(log).as("B was woken then cancelled: the lock must go on to C").containsExactly("C got it");
            assertThat(b[0].cancelled()).as("B ended cancelled").isTrue();
        }
    }

    @Test
    @DisplayName("an Event wakes every waiter on set() and lets later waits through")
    void event() {
        Event ev = new Event();
        Body<Object> waiter = () -> {
            ev.await();
            log.add("woke at " + loop.time());
            return null;
        };
        Body<Object> setter = () -> {
            Asyncio.sleep(2);
            ev.set();
            return null;
        };
        runAll(waiter, waiter, setter);
        assertThat(log).as("two waiters released by set() at 2 s").containsExactly("woke at 2.0", "woke at 2.0");
        assertThat(ev.isSet()).as("is_set() after set()").isTrue();
        ev.clear();
        assertThat(ev.isSet()).as("is_set() after clear()").isFalse();
    }

    @Nested
    @DisplayName("a Semaphore")
    class SemaphoreSpec {

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
    }

    @Nested
    @DisplayName("a Condition")
    class ConditionSpec {

        @Test
        @DisplayName("refuses wait and notify without the lock")
        void unacquired() {
            Condition cond = new Condition();
            assertThatExceptionOfType(RuntimeError.class).as("cond.notify(1) without holding its lock")
                    .isThrownBy(() -> cond.signal(1)).withMessage("cannot notify on un-acquired lock");
            assertThatExceptionOfType(RuntimeError.class).as("await cond.wait() without holding its lock")
                    .isThrownBy(() -> loop.runUntilComplete(() -> cond.await())).withMessage("cannot wait on un-acquired lock");
        }

        @Test
        @DisplayName("wait_for re-checks its predicate after each wake-up, and holds the lock when it returns")
        void waitFor() {
            Condition cond = new Condition();
            int[] stock = {0};
            Body<Object> consumer = () -> {
                cond.acquire();
                cond.awaitUntil(() -> stock[0] >= 2);
                log.add("consumer sees " + stock[0] + " holding=" + cond.locked());
                cond.release();
                return null;
            };
            Body<Object> producer = () -> {
                for (int i = 0; i < 3; i++) {
                    Asyncio.sleep(1);
                    cond.acquire();
                    stock[0]++;
                    log.add("produced " + stock[0]);
                    cond.signalAll();
                    cond.release();
                }
                return null;
            };
            runAll(consumer, producer);
            assertThat(log).as("a notify at stock 1 is only a hint: the consumer goes back to waiting")
                    .containsExactly("produced 1", "produced 2", "consumer sees 2 holding=true", "produced 3");
        }
    }

    @Nested
    @DisplayName("a Queue")
    class QueueSpec {

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
