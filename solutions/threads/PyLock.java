package threads;

import py.RuntimeError;
import py.ValueError;

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

    /** Python's checks on the (blocking, timeout) pair, shared by the locks and the semaphores. */
    static final class Timeouts {
        static final double FOREVER = -1;

        private Timeouts() {
        }

        static void checkLockArguments(boolean blocking, double timeout) {
            if (!blocking && timeout != FOREVER) {
                throw new ValueError("can't specify a timeout for a non-blocking call");
            }
            if (timeout < 0 && timeout != FOREVER) {
                throw new ValueError("timeout value must be positive");
            }
        }

        /** The deadline in System.nanoTime() terms, or Long.MAX_VALUE for "forever". */
        static long deadline(double timeout) {
            if (timeout < 0) {
                return Long.MAX_VALUE;
            }
            return System.nanoTime() + (long) (timeout * 1e9);
        }

        /**
         * Waits on {@code monitor} (whose lock the caller holds) until the deadline; false once it passed.
         * The caller loops around this: Object.wait may return early or spuriously.
         */
        static boolean waitUntil(Object monitor, long deadline) throws InterruptedException {
            if (deadline == Long.MAX_VALUE) {
                monitor.wait();
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
            return true;
        }
    }
}
