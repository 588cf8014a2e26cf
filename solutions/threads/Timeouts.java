package threads;

import py.ValueError;

/** Python's checks on the (blocking, timeout) pair, shared by the locks and the semaphores. */
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
