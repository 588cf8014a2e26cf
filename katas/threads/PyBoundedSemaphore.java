package threads;

/** Python's {@code threading.BoundedSemaphore}: releasing above the initial value is a bug. */
public final class PyBoundedSemaphore extends PySemaphore {
    /** {@code BoundedSemaphore(value)}. */
    public PyBoundedSemaphore(int value) {
        super(value);
        throw new UnsupportedOperationException("TODO(task 7): a semaphore that refuses to grow past its initial value - see katas/threads/README.md#task-7");
    }
}
