package threads;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import py.RuntimeError;

/**
 * Python's {@code threading.Condition}, built the way CPython builds it: every waiter parks on a
 * private, already-locked {@link PyLock}; notify() releases the oldest waiters' locks.
 */
public final class PyCondition {
    private final PyLockType lock;
    // Guarded by the condition's own lock: only its holder touches the queue.
    private final Deque<PyLock> waiters = new ArrayDeque<>();

    /** {@code Condition()}: a condition over a fresh RLock, as in Python. */
    public PyCondition() {
        this(new PyRLock());
    }

    /** {@code Condition(lock)}: a condition over the given lock. */
    public PyCondition(PyLockType lock) {
        this.lock = lock;
    }

    /** {@code cond.acquire()}: acquires the underlying lock. */
    public boolean acquire() {
        return lock.acquire();
    }

    /** {@code cond.release()}: releases the underlying lock. */
    public void release() {
        lock.release();
    }

    /** {@code cond.wait()}: releases the lock, sleeps until notified, takes the lock back. */
    public boolean await() {
        return await(Timeouts.FOREVER);
    }

    /** {@code cond.wait(timeout)}: false if the timeout ran out before a notify. */
    public boolean await(double timeout) {
        if (!isOwned()) {
            throw new RuntimeError("cannot wait on un-acquired lock");
        }
        PyLock waiter = new PyLock();
        waiter.acquire();
        waiters.addLast(waiter);
        int saved = releaseSave();
        boolean notified = false;
        try {
            // The second acquire blocks until notify() releases the waiter's lock.
            notified = timeout < 0 ? waiter.acquire() : waiter.acquire(true, timeout);
            return notified;
        } finally {
            acquireRestore(saved);
            if (!notified) {
                waiters.remove(waiter);
            }
        }
    }

    /** {@code cond.wait_for(predicate)}: waits until the predicate holds; returns its last value. */
    public boolean waitFor(BooleanSupplier predicate) {
        return waitFor(predicate, Timeouts.FOREVER);
    }

    /** {@code cond.wait_for(predicate, timeout)}. */
    public boolean waitFor(BooleanSupplier predicate, double timeout) {
        long deadline = Timeouts.deadline(timeout);
        boolean result = predicate.getAsBoolean();
        // The predicate loop: a wakeup is only a hint that the state may have changed.
        while (!result) {
            if (timeout >= 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                await(left / 1e9);
            } else {
                await();
            }
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** {@code cond.notify()}: wakes the longest-waiting thread, if any. */
    public void signal() {
        signal(1);
    }

    /** {@code cond.notify(n)}: wakes up to n waiting threads, oldest first. */
    public void signal(int n) {
        if (!isOwned()) {
            throw new RuntimeError("cannot notify on un-acquired lock");
        }
        for (int i = 0; i < n && !waiters.isEmpty(); i++) {
            waiters.removeFirst().release();
        }
    }

    /** {@code cond.notify_all()}. */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    /** Python's {@code _is_owned}: an RLock knows its owner; a plain Lock only knows it is locked. */
    private boolean isOwned() {
        if (lock instanceof PyRLock rlock) {
            return rlock.isOwned();
        }
        if (lock.acquire(false, Timeouts.FOREVER)) {
            lock.release();
            return false;
        }
        return true;
    }

    private int releaseSave() {
        if (lock instanceof PyRLock rlock) {
            return rlock.releaseAll();
        }
        lock.release();
        return 1;
    }

    private void acquireRestore(int saved) {
        if (lock instanceof PyRLock rlock) {
            rlock.acquireRestore(saved);
        } else {
            lock.acquire();
        }
    }
}
