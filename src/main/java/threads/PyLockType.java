package threads;

/** What Python's Lock and RLock have in common, so that a Condition can be built on either. */
public interface PyLockType {
    /** {@code lock.acquire()}: block until the lock is ours; always returns true. */
    boolean acquire();

    /** {@code lock.acquire(blocking, timeout)}: timeout -1 means "wait forever". */
    boolean acquire(boolean blocking, double timeout);

    /** {@code lock.release()}. */
    void release();
}
