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
        if (!Timeouts.waitWhileTaken(this, () -> locked, blocking, timeout)) {
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
