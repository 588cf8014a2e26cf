package threads;

import py.ValueError;

/** Python's {@code threading.Semaphore}: a counter; acquire() takes one, blocking at zero. */
public class PySemaphore {
    private final PyCondition condition = new PyCondition(new PyLock());
    private int value;

    /** {@code Semaphore(value)}. */
    public PySemaphore(int value) {
        if (value < 0) {
            throw new ValueError("semaphore initial value must be >= 0");
        }
        this.value = value;
    }

    /** {@code sem.acquire()}: waits until the counter is positive, then decrements it. */
    public boolean acquire() {
        return acquire(true, Timeouts.FOREVER);
    }

    /** {@code sem.acquire(blocking, timeout)}: false if no unit came up in time. */
    public boolean acquire(boolean blocking, double timeout) {
        if (!blocking && timeout != Timeouts.FOREVER) {
            throw new ValueError("can't specify timeout for non-blocking acquire");
        }
        // Python only treats None as "forever"; any other negative timeout has already expired.
        double limit = !blocking || (timeout < 0 && timeout != Timeouts.FOREVER) ? 0 : timeout;
        condition.acquire();
        try {
            if (!condition.waitFor(() -> value > 0, limit)) {
                return false;
            }
            value--;
            return true;
        } finally {
            condition.release();
        }
    }

    /** {@code sem.release()}. */
    public void release() {
        release(1);
    }

    /** {@code sem.release(n)}: adds n units and wakes up to n waiters. */
    public void release(int n) {
        if (n < 1) {
            throw new ValueError("n must be one or more");
        }
        condition.acquire();
        try {
            checkRelease(value, n);
            value += n;
            condition.signal(n);
        } finally {
            condition.release();
        }
    }

    /** A hook for {@link PyBoundedSemaphore}: a plain semaphore accepts any release. */
    void checkRelease(int current, int n) {
    }
}
