package threads;

/**
 * Python's {@code threading.RLock}: a lock with an owner and a hold count. The owner may acquire it
 * again; it is free once the owner has released it as many times as it acquired it.
 */
public final class PyRLock implements PyLockType {
    /** A new, unowned reentrant lock. */
    public PyRLock() {
        throw new UnsupportedOperationException("TODO(task 2): create an unowned reentrant lock - see katas/threads/README.md#task-2");
    }

    @Override
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 2): take the lock, or take it once more if this thread owns it - see katas/threads/README.md#task-2");
    }

    @Override
    public boolean acquire(boolean blocking, double timeout) {
        throw new UnsupportedOperationException("TODO(task 2): take the lock, waiting as blocking and timeout allow - see katas/threads/README.md#task-2");
    }

    @Override
    public void release() {
        throw new UnsupportedOperationException("TODO(task 2): give up one hold; only the owner may - see katas/threads/README.md#task-2");
    }

    /** True if the calling thread holds this lock (Python's private {@code _is_owned}). */
    public boolean isOwned() {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the calling thread owns the lock - see katas/threads/README.md#task-2");
    }
}
