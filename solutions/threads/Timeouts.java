package threads;

import java.util.function.BooleanSupplier;
import py.ValueError;

/** Python's checks on the (blocking, timeout) pair, shared by the locks and the semaphores, and the locks' wait. */
final class Timeouts {
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
     * The wait inside a lock's {@code acquire(blocking, timeout)}: waits on {@code monitor}, whose lock the
     * caller holds, as long as {@code taken} says someone else has the lock. False when it gives up: the call
     * is non-blocking, the timeout passes, or the thread is interrupted (the interrupt stays set).
     */
    static boolean waitWhileTaken(Object monitor, BooleanSupplier taken, boolean blocking, double timeout) {
        long deadline = deadline(blocking ? timeout : 0);
        try {
            // A loop, not an if: wait() may wake up spuriously or lose the race to another thread.
            while (taken.getAsBoolean()) {
                if (!blocking || !waitUntil(monitor, deadline)) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Waits on {@code monitor} until the deadline; false once it passed. Object.wait may return early or spuriously. */
    private static boolean waitUntil(Object monitor, long deadline) throws InterruptedException {
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
