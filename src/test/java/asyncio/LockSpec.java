package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;

@DisplayName("Synchronization between coroutines: Lock, Event and Condition")
@Tag("task-7")
class LockSpec extends OnVirtualLoop {

    @Test
    @DisplayName("acquire() and wait() return True, at once or after waiting, as asyncio's do")
    void answersAreTrue() {
        Lock lock = new Lock();
        Semaphore semaphore = new Semaphore(1);
        BoundedSemaphore bounded = new BoundedSemaphore(1);
        Event event = new Event();
        Condition condition = new Condition();
        boolean[] ready = {false};
        Map<String, Boolean> answers = new LinkedHashMap<>();
        loop.runUntilComplete(() -> {
            answers.put("Lock.acquire() of a free lock", lock.acquire());
            Task<Boolean> lockWaiter = loop.createTask(lock::acquire);
            answers.put("Semaphore(1).acquire()", semaphore.acquire());
            Task<Boolean> semaphoreWaiter = loop.createTask(semaphore::acquire);
            answers.put("BoundedSemaphore(1).acquire()", bounded.acquire());
            Task<Boolean> eventWaiter = loop.createTask(event::await);
            answers.put("Condition.acquire()", condition.acquire());
            condition.release();
            Task<Boolean> conditionWaiter = loop.createTask(() -> holding(condition, condition::await));
            Task<Boolean> predicateWaiter = loop.createTask(() -> holding(condition, () -> condition.awaitUntil(() -> ready[0])));
            Asyncio.sleep(1); // every waiter is waiting now
            lock.release();
            semaphore.release();
            event.set();
            holding(condition, () -> {
                ready[0] = true;
                condition.signalAll();
                return true;
            });
            answers.put("Lock.acquire() after waiting in line", await(lockWaiter));
            answers.put("Semaphore.acquire() after waiting for a permit", await(semaphoreWaiter));
            answers.put("Event.wait() until set()", await(eventWaiter));
            answers.put("Condition.wait() until notify_all()", await(conditionWaiter));
            answers.put("Condition.wait_for(predicate) once it holds", await(predicateWaiter));
            answers.put("Event.wait() of an event that is set", event.await());
            return null;
        });
        Map<String, Boolean> expected = new LinkedHashMap<>();
        answers.keySet().forEach(call -> expected.put(call, true));
        assertThat(answers).as("what each call returned (`await lock.acquire()` is True in Python, and so on)").isEqualTo(expected);
    }

    /** Inside a coroutine: {@code async with condition: return body()}. */
    static boolean holding(Condition condition, Body<Boolean> body) {
        condition.acquire();
        try {
            return body.run();
        } finally {
            condition.release();
        }
    }

    @Nested
    @DisplayName("a Lock")
    class Locks {

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
    @DisplayName("a Condition")
    class Conditions {

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
    

        @Test
        @DisplayName("notify(n) wakes n waiters, in the order they came, and locked() follows the lock")
        void notifyCounts() {
            Condition condition = new Condition();
            assertThat(condition.locked()).as("locked() of a new Condition").isFalse();
            loop.runUntilComplete(() -> {
                for (String name : List.of("A", "B", "C")) {
                    loop.createTask(() -> holding(condition, () -> {
                        condition.await();
                        log.add(name + " woke at " + loop.time());
                        return true;
                    }));
                }
                Asyncio.sleep(1);
                holding(condition, () -> {
                    condition.signal(1);
                    return true;
                });
                Asyncio.sleep(1);
                holding(condition, () -> {
                    condition.signal(2);
                    return true;
                });
                Asyncio.sleep(1);
                return null;
            });
            assertThat(log).as("three waiters; notify(1) at 1 s, notify(2) at 2 s").containsExactly("A woke at 1.0", "B woke at 2.0", "C woke at 2.0");
            assertThat(condition.locked()).as("locked() once every coroutine released it").isFalse();
        }
    }
}
