package threads;

/** A counter that many threads increment at once; the lock it is given makes += atomic. */
public final class SharedCounter {
    private final PyLockType lock;
    private long total;

    /** A counter at 0, guarded by {@code lock}. */
    public SharedCounter(PyLockType lock) {
        this.lock = lock;
    }

    /** {@code total += 1}, under the lock: read, add and write happen as one step. */
    public void increment() {
        lock.acquire();
        try {
            total++;
        } finally {
            lock.release();
        }
    }

    /** The current total (read under the lock, so it is never a stale value). */
    public long value() {
        lock.acquire();
        try {
            return total;
        } finally {
            lock.release();
        }
    }
}
