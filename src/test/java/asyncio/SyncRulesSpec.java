package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TimeoutError;
import py.ValueError;

@DisplayName("Synchronization between coroutines: answers, counts and hand-overs")
@Tag("task-7")
class SyncRulesSpec {

    final EventLoop loop = new EventLoop(true);
    final List<String> log = new ArrayList<>();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

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
    @DisplayName("a Semaphore")
    class Semaphores {

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

    @Test
    @DisplayName("a Condition's notify(n) wakes n waiters, in the order they came, and locked() follows the lock")
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

    @Test
    @DisplayName("a Queue's qsize() counts the items waiting in it")
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
