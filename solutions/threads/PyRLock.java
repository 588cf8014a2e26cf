package threads;

import py.RuntimeError;

/**
 * Python's {@code threading.RLock}: a lock with an owner and a hold count. The owner may acquire it
 * again; it is free once the owner has released it as many times as it acquired it.
 */
public final class PyRLock implements PyLockType {
    private Thread owner;
    private int holds;

    /** A new, unowned reentrant lock. */
    public PyRLock() {
    }

    @Override
    public boolean acquire() {
        return acquire(true, Timeouts.FOREVER);
    }

    @Override
    public synchronized boolean acquire(boolean blocking, double timeout) {
        Timeouts.checkLockArguments(blocking, timeout);
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds++;
            return true;
        }
        if (!Timeouts.waitWhileTaken(this, () -> owner != null, blocking, timeout)) {
            return false;
        }
        owner = me;
        holds = 1;
        return true;
    }

    @Override
    public synchronized void release() {
        if (owner != Thread.currentThread()) {
            // Also when another thread holds it: only the owner may release an RLock.
            throw new RuntimeError("cannot release un-acquired lock");
        }
        if (--holds == 0) {
            owner = null;
            notify();
        }
    }

    /** True if the calling thread holds this lock (Python's private {@code _is_owned}). */
    public synchronized boolean isOwned() {
        return owner == Thread.currentThread();
    }

    /** Gives up every hold at once and returns how many there were (for Condition.wait). */
    synchronized int releaseAll() {
        int saved = holds;
        holds = 1;
        release();
        return saved;
    }

    /** Takes the lock back with the hold count that releaseAll returned. */
    void acquireRestore(int saved) {
        acquire();
        synchronized (this) {
            holds = saved;
        }
    }
}
