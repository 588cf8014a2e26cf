package threads;

/**
 * Python's {@code threading.Lock}: one bit, locked or unlocked. It has no owner, so a second
 * {@code acquire()} by the same thread blocks, and any thread may release it.
 */
public final class PyLock implements PyLockType {
    /** A new, unlocked lock. */
    public PyLock() {
        throw new UnsupportedOperationException("TODO(task 2): create an unlocked lock - see katas/threads/README.md#task-2");
    }

    @Override
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 2): block until the lock is free, then take it - see katas/threads/README.md#task-2");
    }

    @Override
    public boolean acquire(boolean blocking, double timeout) {
        throw new UnsupportedOperationException("TODO(task 2): take the lock, waiting as blocking and timeout allow - see katas/threads/README.md#task-2");
    }

    @Override
    public void release() {
        throw new UnsupportedOperationException("TODO(task 2): unlock the lock and let one waiter in - see katas/threads/README.md#task-2");
    }

    /** {@code lock.locked()}. */
    public boolean locked() {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the lock is held - see katas/threads/README.md#task-2");
    }
}
