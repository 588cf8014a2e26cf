package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;

@DisplayName("PyCondition, like threading.Condition")
@Tag("task-4")
class ConditionSpec {

    @Nested
    @DisplayName("used without holding its lock")
    class Unacquired {
        @Test
        @DisplayName("refuses wait(): RuntimeError cannot wait on un-acquired lock")
        void waitUnacquired() {
            PyCondition cond = new PyCondition();
            assertThatThrownBy(cond::await).isInstanceOf(RuntimeError.class).hasMessage("cannot wait on un-acquired lock");
            assertThatThrownBy(() -> cond.await(0.1)).isInstanceOf(RuntimeError.class).hasMessage("cannot wait on un-acquired lock");
            assertThatThrownBy(() -> cond.waitFor(() -> false)).isInstanceOf(RuntimeError.class)
                    .hasMessage("cannot wait on un-acquired lock");
        }

        @Test
        @DisplayName("refuses notify(): RuntimeError cannot notify on un-acquired lock")
        void notifyUnacquired() {
            PyCondition cond = new PyCondition(new PyLock());
            assertThatThrownBy(cond::signal).isInstanceOf(RuntimeError.class).hasMessage("cannot notify on un-acquired lock");
            assertThatThrownBy(() -> cond.signal(2)).isInstanceOf(RuntimeError.class).hasMessage("cannot notify on un-acquired lock");
            assertThatThrownBy(cond::signalAll).isInstanceOf(RuntimeError.class).hasMessage("cannot notify on un-acquired lock");
        }

        @Test
        @DisplayName("over an RLock held by another thread, still refuses: the RLock knows its owner")
        void rlockHeldElsewhere() {
            PyRLock rlock = new PyRLock();
            PyCondition cond = new PyCondition(rlock);
            Threads spec = new Threads();
            spec.start("holder", rlock::acquire);
            spec.joinAll("acquire a free RLock");
            assertThatThrownBy(cond::signal).isInstanceOf(RuntimeError.class).hasMessage("cannot notify on un-acquired lock");
        }
    }

    @Test
    @DisplayName("wait() releases the lock while sleeping and holds it again when it returns")
    void waitReleasesTheLock() {
        PyLock lock = new PyLock();
        PyCondition cond = new PyCondition(lock);
        AtomicBoolean heldAfterWait = new AtomicBoolean();
        AtomicBoolean aboutToWait = new AtomicBoolean();
        Threads spec = new Threads();
        Thread waiter = spec.start("waiter", () -> {
            cond.acquire();
            aboutToWait.set(true);
            cond.await();
            heldAfterWait.set(lock.locked());
            cond.release();
        });
        Threads.awaitTrue("the waiter to be inside wait()", () -> aboutToWait.get() && waiterParked(waiter) && !lock.locked());
        assertThat(lock.acquire(true, 5)).as("while a thread is in cond.wait(), another thread can take the lock").isTrue();
        cond.signal();
        lock.release();
        spec.joinAll("notify() must wake the waiter");
        assertThat(heldAfterWait).as("wait() returns with the lock held again").isTrue();
    }

    @Test
    @DisplayName("wait() over an RLock gives up every hold, and restores them all afterwards")
    void rlockWaitRestoresHolds() {
        PyRLock rlock = new PyRLock();
        PyCondition cond = new PyCondition(rlock);
        AtomicReference<Throwable> thirdRelease = new AtomicReference<>();
        AtomicBoolean aboutToWait = new AtomicBoolean();
        Threads spec = new Threads();
        Thread waiter = spec.start("waiter", () -> {
            cond.acquire();
            cond.acquire();
            aboutToWait.set(true);
            cond.await();
            cond.release();
            cond.release();
            try {
                cond.release();
            } catch (Throwable t) {
                thirdRelease.set(t);
            }
        });
        Threads.awaitTrue("the waiter to be inside wait()", () -> aboutToWait.get() && waiterParked(waiter) && LockSpec.othersCanAcquire(rlock));
        rlock.acquire();
        cond.signal();
        rlock.release();
        spec.joinAll("notify() must wake the waiter");
        assertThat(thirdRelease.get()).as("after wait() the waiter holds the RLock exactly twice again, so a third release fails")
                .isInstanceOf(RuntimeError.class).hasMessage("cannot release un-acquired lock");
    }

    @Test
    @DisplayName("wait(timeout) returns False when nobody notifies")
    void waitTimesOut() {
        PyCondition cond = new PyCondition();
        cond.acquire();
        try {
            assertThat(cond.await(0.01)).as("cond.wait(0.01) without a notify").isFalse();
            assertThat(cond.waitFor(() -> false, 0.01)).as("cond.wait_for(lambda: False, 0.01)").isFalse();
            assertThat(cond.waitFor(() -> true)).as("cond.wait_for(lambda: True) returns at once").isTrue();
        } finally {
            cond.release();
        }
    }

    @Test
    @DisplayName("acquire() and wait() return True; wait(0) returns False at once; a timed wait that is notified returns True")
    void returnValues() {
        PyCondition cond = new PyCondition(new PyLock());
        assertThat(cond.acquire()).as("cond.acquire()").isTrue();
        assertThat(cond.await(0)).as("cond.wait(0) without a notify: a timeout of 0, not forever").isFalse();
        cond.release();
        List<Boolean> returned = new CopyOnWriteArrayList<>();
        List<Integer> waiting = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int id = i;
            waiters.add(spec.start("waiter-" + i, () -> {
                cond.acquire();
                waiting.add(id);
                returned.add(id == 0 ? cond.await() : cond.await(5));
                cond.release();
            }));
            Threads.awaitTrue("waiter " + id + " to be inside wait()", () -> waiting.contains(id) && waiterParked(waiters.get(id)));
        }
        cond.acquire();
        cond.signalAll();
        cond.release();
        spec.joinAll("notify_all() wakes both");
        assertThat(returned).as("what cond.wait() and cond.wait(5) returned when notified").containsExactly(true, true);
    }

    @Test
    @DisplayName("a wait that timed out leaves the queue of waiters: the next notify() goes to a thread still waiting")
    void timedOutWaiterLeaves() {
        PyCondition cond = new PyCondition(new PyLock());
        cond.acquire();
        assertThat(cond.await(0.01)).as("cond.wait(0.01) with nobody to notify").isFalse();
        cond.release();
        AtomicBoolean inWait = new AtomicBoolean();
        Threads spec = new Threads();
        Thread waiter = spec.start("waiter", () -> {
            cond.acquire();
            inWait.set(true);
            cond.await();
            cond.release();
        });
        Threads.awaitTrue("the waiter to be inside wait()", () -> inWait.get() && waiterParked(waiter));
        cond.acquire();
        cond.signal();
        cond.release();
        spec.joinAll("notify() must wake the one thread still waiting, not the one whose wait timed out");
    }

    @Test
    @DisplayName("notify(n) wakes the n longest-waiting threads, oldest first")
    void notifyWakesOldestFirst() {
        PyCondition cond = new PyCondition(new PyLock());
        List<Integer> woken = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        List<Integer> waiting = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        for (int i = 0; i < 3; i++) {
            int id = i;
            Thread waiter = spec.start("waiter-" + i, () -> {
                cond.acquire();
                waiting.add(id);
                cond.await();
                woken.add(id);
                cond.release();
            });
            Threads.awaitTrue("waiter " + id + " to be inside wait()", () -> waiting.contains(id) && waiterParked(waiter));
            waiters.add(waiter);
        }
        cond.acquire();
        cond.signal(2);
        cond.release();
        Threads.awaitTrue("two waiters to wake", () -> woken.size() >= 2);
        assertThat(woken.subList(0, 2)).as("notify(2) wakes the first two that waited").containsExactlyInAnyOrder(0, 1);
        assertThat(waiters.get(2).isAlive()).as("the third waiter must still be asleep after notify(2)").isTrue();
        cond.acquire();
        cond.signalAll();
        cond.release();
        spec.joinAll("notify_all() wakes the rest");
        assertThat(woken).containsExactly(woken.get(0), woken.get(1), 2);
    }

    @Test
    @DisplayName("wait_for(predicate) sleeps through wakeups that do not make the predicate true")
    void waitForIgnoresSpuriousWakeups() {
        PyCondition cond = new PyCondition();
        AtomicBoolean ready = new AtomicBoolean();
        AtomicReference<String> seen = new AtomicReference<>();
        Threads spec = new Threads();
        Thread waiter = spec.start("waiter", () -> {
            cond.acquire();
            boolean result = cond.waitFor(ready::get);
            seen.set(result + " with ready=" + ready.get());
            cond.release();
        });
        for (int i = 0; i < 20 && seen.get() == null; i++) {
            Threads.parkedOrDone(waiter);
            cond.acquire();
            cond.signalAll();
            cond.release();
            Thread.yield();
        }
        assertThat(seen.get()).as("wait_for must not return while the predicate is still false, however often it is woken").isNull();
        cond.acquire();
        ready.set(true);
        cond.signalAll();
        cond.release();
        spec.joinAll("wait_for must return once the predicate holds");
        assertThat(seen.get()).isEqualTo("true with ready=true");
    }

    private static boolean waiterParked(Thread waiter) {
        Thread.State state = waiter.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
