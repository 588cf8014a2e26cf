package threads;

/** Python's {@code threading.Semaphore}: a counter; acquire() takes one, blocking at zero. */
public class PySemaphore {
    /** {@code Semaphore(value)}. */
    public PySemaphore(int value) {
        throw new UnsupportedOperationException("TODO(task 7): a semaphore holding value units - see katas/threads/README.md#task-7");
    }

    /** {@code sem.acquire()}: waits until the counter is positive, then decrements it. */
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): take one unit, waiting for one - see katas/threads/README.md#task-7");
    }

    /** {@code sem.acquire(blocking, timeout)}: false if no unit came up in time (timeout -1: no limit). */
    public boolean acquire(boolean blocking, double timeout) {
        throw new UnsupportedOperationException("TODO(task 7): take one unit, waiting as blocking and timeout allow - see katas/threads/README.md#task-7");
    }

    /** {@code sem.release()}. */
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): give one unit back - see katas/threads/README.md#task-7");
    }

    /** {@code sem.release(n)}: adds n units and wakes up to n waiters. */
    public void release(int n) {
        throw new UnsupportedOperationException("TODO(task 7): give n units back - see katas/threads/README.md#task-7");
    }
}
