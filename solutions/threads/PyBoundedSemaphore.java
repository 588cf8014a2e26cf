package threads;

import py.ValueError;

/** Python's {@code threading.BoundedSemaphore}: releasing above the initial value is a bug. */
public final class PyBoundedSemaphore extends PySemaphore {
    private final int initial;

    /** {@code BoundedSemaphore(value)}. */
    public PyBoundedSemaphore(int value) {
        super(value);
        this.initial = value;
    }

    @Override
    void checkRelease(int current, int n) {
        if (current + n > initial) {
            throw new ValueError("Semaphore released too many times");
        }
    }
}
