package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import py.ValueError;

@DisplayName("Python's Lock and RLock")
@Tag("task-2")
class LockSpec {

    @Nested
    @DisplayName("a Lock")
    class PlainLock {
        @Test
        @DisplayName("is not reentrant: the holder's own second acquire times out with False")
        void notReentrant() {
            PyLock lock = new PyLock();
            assertThat(lock.acquire()).as("lock.acquire() on a free lock").isTrue();
            assertThat(lock.locked()).as("lock.locked() after acquire()").isTrue();
            assertThat(lock.acquire(true, 0.02)).as("the same thread's lock.acquire(timeout=0.02) must block and fail").isFalse();
            assertThat(lock.acquire(false, -1)).as("lock.acquire(blocking=False) on a held lock").isFalse();
            lock.release();
            assertThat(lock.locked()).as("lock.locked() after release()").isFalse();
            assertThat(lock.acquire(false, -1)).as("lock.acquire(blocking=False) on a free lock").isTrue();
        }

        @Test
        @DisplayName("blocks a second thread until the holder releases it")
        void blocksOtherThreads() {
            PyLock lock = new PyLock();
            lock.acquire();
            List<String> log = new CopyOnWriteArrayList<>();
            Threads spec = new Threads();
            Thread other = spec.start("other", () -> {
                lock.acquire();
                log.add("other got the lock");
                lock.release();
            });
            assertThat(Threads.parkedOrDone(other)).as("another thread's acquire() while the lock is held must block")
                    .isNotEqualTo(Thread.State.TERMINATED);
            log.add("holder releases");
            lock.release();
            spec.joinAll("release() must let the blocked acquire() through");
            assertThat(log).containsExactly("holder releases", "other got the lock");
        }

        @Test
        @DisplayName("makes a blocked acquire() wait parked: no spinning, no sleep-and-retry polling")
        void blockedAcquireWaitsParked() {
            PyLock lock = new PyLock();
            lock.acquire();
            Set<Thread.State> seen = Threads.statesWhileBlocked("acquire() of a held lock", () -> {
                lock.acquire();
                lock.release();
            }, lock::release);
            assertThat(seen).as("states of a thread blocked in an untimed acquire(), sampled 100 times: RUNNABLE means it "
                            + "spins, TIMED_WAITING means it sleeps and retries; CPython's acquire() sleeps on a semaphore "
                            + "until release() wakes it, and a Java Condition.await() or Object.wait() does the same")
                    .isSubsetOf(Thread.State.WAITING, Thread.State.BLOCKED);
        }

        @Test
        @DisplayName("acquire(timeout=0) answers at once; a timed acquire gets the lock when it is released in time, "
                + "and waits parked meanwhile")
        void timedAcquire() {
            PyLock lock = new PyLock();
            assertThat(lock.acquire(true, 0)).as("lock.acquire(timeout=0) on a free lock: 0 is a valid timeout").isTrue();
            assertThat(lock.acquire(true, 0)).as("lock.acquire(timeout=0) on a held lock").isFalse();
            List<Boolean> got = new CopyOnWriteArrayList<>();
            Threads spec = new Threads();
            Thread waiter = spec.start("waiter", () -> got.add(lock.acquire(true, 5)));
            Threads.parkedOrDone(waiter);
            Set<Thread.State> seen = Threads.sampleStates(waiter, 50);
            lock.release();
            spec.joinAll("release() must let the timed acquire() through");
            assertThat(got).as("lock.acquire(timeout=5) of a lock released while it waited").containsExactly(true);
            assertThat(seen).as("states of a thread in a timed acquire(), sampled 50 times: RUNNABLE means it spins")
                    .isSubsetOf(Thread.State.TIMED_WAITING, Thread.State.BLOCKED);
        }

        @Test
        @DisplayName("may be released by a thread that did not acquire it")
        void anyThreadMayRelease() {
            PyLock lock = new PyLock();
            lock.acquire();
            Threads spec = new Threads();
            spec.start("releaser", lock::release);
            spec.joinAll("release from another thread");
            assertThat(lock.locked()).as("a Lock has no owner: any thread may release it").isFalse();
        }

        @Test
        @DisplayName("refuses release() when unlocked: RuntimeError release unlocked lock")
        void releaseUnlocked() {
            PyLock lock = new PyLock();
            assertThatExceptionOfType(RuntimeError.class).as("lock.release() of an unlocked Lock")
                    .isThrownBy(lock::release).withMessage("release unlocked lock");
        }

        @Test
        @DisplayName("checks acquire()'s arguments like Python")
        void checksArguments() {
            PyLock lock = new PyLock();
            assertThatExceptionOfType(ValueError.class).as("lock.acquire(blocking=False, timeout=1)")
                    .isThrownBy(() -> lock.acquire(false, 1)).withMessage("can't specify a timeout for a non-blocking call");
            assertThatExceptionOfType(ValueError.class).as("lock.acquire(timeout=-2)")
                    .isThrownBy(() -> lock.acquire(true, -2)).withMessage("timeout value must be positive");
            assertThat(lock.locked()).as("a refused acquire() leaves the lock free").isFalse();
        }
    }

    @Nested
    @DisplayName("an RLock")
    class Reentrant {
        @Test
        @DisplayName("lets its owner acquire again, and is free only after as many releases")
        void countsHolds() {
            PyRLock rlock = new PyRLock();
            assertThatExceptionOfType(ValueError.class).as("rlock.acquire(blocking=False, timeout=1)")
                    .isThrownBy(() -> rlock.acquire(false, 1)).withMessage("can't specify a timeout for a non-blocking call");
            assertThat(rlock.acquire()).as("rlock.acquire() of a free RLock").isTrue();
            assertThat(rlock.acquire(false, -1)).as("the owner's second rlock.acquire(blocking=False)").isTrue();
            assertThat(rlock.acquire()).as("the owner's third rlock.acquire()").isTrue();
            rlock.release();
            rlock.release();
            assertThat(Threads.othersCanAcquire(rlock)).as("after 3 acquires and 2 releases another thread must still be locked out").isFalse();
            rlock.release();
            assertThat(Threads.othersCanAcquire(rlock)).as("after the 3rd release the RLock is free for another thread").isTrue();
        }

        @Test
        @DisplayName("refuses release() by a thread that does not own it: cannot release un-acquired lock")
        void onlyOwnerReleases() {
            PyRLock rlock = new PyRLock();
            assertThatExceptionOfType(RuntimeError.class).as("release() of a free RLock")
                    .isThrownBy(rlock::release).withMessage("cannot release un-acquired lock");
            rlock.acquire();
            Threads spec = new Threads();
            AtomicBoolean refused = new AtomicBoolean();
            spec.start("not the owner", () -> {
                assertThatExceptionOfType(RuntimeError.class).as("rlock.release() by a thread that does not own it")
                        .isThrownBy(rlock::release).withMessage("cannot release un-acquired lock");
                refused.set(true);
            });
            spec.joinAll("release by a non-owner");
            assertThat(refused).as("a non-owner's release() raised").isTrue();
            assertThat(rlock.isOwned()).as("the owner still holds the RLock after a stranger's failed release").isTrue();
            rlock.release();
        }

        @Test
        @DisplayName("answers isOwned() for the calling thread only")
        void isOwnedIsPerThread() {
            PyRLock rlock = new PyRLock();
            assertThat(rlock.isOwned()).as("a fresh RLock is not owned").isFalse();
            rlock.acquire();
            assertThat(rlock.isOwned()).as("the acquiring thread owns it").isTrue();
            AtomicBoolean seenByOther = new AtomicBoolean(true);
            Threads spec = new Threads();
            spec.start("other", () -> seenByOther.set(rlock.isOwned()));
            spec.joinAll("isOwned from another thread");
            assertThat(seenByOther).as("another thread does not own it").isFalse();
            rlock.release();
        }

        @Test
        @DisplayName("property: k acquires need exactly k releases (rlockFreeAfterAsManyReleases)")
        void rlockFreeAfterAsManyReleases() {
            qt().withExamples(40).forAll(integers().between(1, 12)).checkAssert(holds -> {
                PyRLock rlock = new PyRLock();
                for (int i = 0; i < holds; i++) {
                    rlock.acquire();
                }
                for (int i = 0; i < holds - 1; i++) {
                    rlock.release();
                }
                assertThat(Threads.othersCanAcquire(rlock)).as("%d acquires, %d releases: still held", holds, holds - 1).isFalse();
                rlock.release();
                assertThat(Threads.othersCanAcquire(rlock)).as("%d acquires, %d releases: free", holds, holds).isTrue();
                assertThatExceptionOfType(RuntimeError.class).as("rlock.release() once more after %d acquires and %d releases", holds, holds)
                        .isThrownBy(rlock::release).withMessage("cannot release un-acquired lock");
            });
        }
    }

    /** Tries a non-blocking acquire from another thread (and gives the lock back if it worked). */}
