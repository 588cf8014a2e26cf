package threads;

/** A counter that many threads increment at once; the lock it is given makes += atomic. */
public final class SharedCounter {
    /** A counter at 0, guarded by {@code lock}. */
    public SharedCounter(PyLockType lock) {
        throw new UnsupportedOperationException("TODO(task 3): a counter at 0 that uses the given lock - see katas/threads/README.md#task-3");
    }

    /** {@code total += 1}, so that no increment is ever lost. */
    public void increment() {
        throw new UnsupportedOperationException("TODO(task 3): add one without losing updates to other threads - see katas/threads/README.md#task-3");
    }

    /** The current total. */
    public long value() {
        throw new UnsupportedOperationException("TODO(task 3): return the total - see katas/threads/README.md#task-3");
    }
}
