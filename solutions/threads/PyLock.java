package threads;

import py.RuntimeError;

/**
 * Python's {@code threading.Lock}: one bit, locked or unlocked. It has no owner, so a second
 * {@code acquire()} by the same thread blocks, and any thread may release it.
 */
public final class PyLock implements PyLockType {
    private boolean locked;

    /** A new, unlocked lock. */
    public PyLock() {
    }

    @Override
    public boolean acquire() {
        return acquire(true, Timeouts.FOREVER);
    }

    @Override
    public synchronized boolean acquire(boolean blocking, double timeout) {
        Timeouts.checkLockArguments(blocking, timeout);
        long deadline = Timeouts.deadline(blocking ? timeout : 0);
        try {
            // A loop, not an if: wait() may wake up spuriously or lose the race to another thread.
            while (locked) {
                if (!blocking || !Timeouts.waitUntil(this, deadline)) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        locked = true;
        return true;
    }

    @Override
    public synchronized void release() {
        if (!locked) {
            throw new RuntimeError("release unlocked lock");
        }
        locked = false;
        notify();
    }

    /** {@code lock.locked()}. */
    public synchronized boolean locked() {
        return locked;
    }
}
