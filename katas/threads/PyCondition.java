package threads;

import java.util.function.BooleanSupplier;

/**
 * Python's {@code threading.Condition}: a lock plus a way to sleep until another thread says
 * "something changed". Python's wait/notify/notify_all are await/signal/signalAll here, because
 * Java's Object already owns the names wait and notify.
 */
public final class PyCondition {
    /** {@code Condition()}: a condition over a fresh RLock, as in Python. */
    public PyCondition() {
        throw new UnsupportedOperationException("TODO(task 4): a condition over a new RLock - see katas/threads/README.md#task-4");
    }

    /** {@code Condition(lock)}: a condition over the given lock. */
    public PyCondition(PyLockType lock) {
        throw new UnsupportedOperationException("TODO(task 4): a condition over the given lock - see katas/threads/README.md#task-4");
    }

    /** {@code cond.acquire()}: acquires the underlying lock. */
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 4): acquire the underlying lock - see katas/threads/README.md#task-4");
    }

    /** {@code cond.release()}: releases the underlying lock. */
    public void release() {
        throw new UnsupportedOperationException("TODO(task 4): release the underlying lock - see katas/threads/README.md#task-4");
    }

    /** {@code cond.wait()}: releases the lock, sleeps until notified, takes the lock back. */
    public boolean await() {
        throw new UnsupportedOperationException("TODO(task 4): sleep until notified, without holding the lock meanwhile - see katas/threads/README.md#task-4");
    }

    /** {@code cond.wait(timeout)}: false if the timeout ran out before a notify. */
    public boolean await(double timeout) {
        throw new UnsupportedOperationException("TODO(task 4): sleep until notified or until the timeout runs out - see katas/threads/README.md#task-4");
    }

    /** {@code cond.wait_for(predicate)}: waits until the predicate holds; returns its last value. */
    public boolean waitFor(BooleanSupplier predicate) {
        throw new UnsupportedOperationException("TODO(task 4): sleep until the predicate holds - see katas/threads/README.md#task-4");
    }

    /** {@code cond.wait_for(predicate, timeout)}. */
    public boolean waitFor(BooleanSupplier predicate, double timeout) {
        throw new UnsupportedOperationException("TODO(task 4): sleep until the predicate holds or the timeout runs out - see katas/threads/README.md#task-4");
    }

    /** {@code cond.notify()}: wakes the longest-waiting thread, if any. */
    public void signal() {
        throw new UnsupportedOperationException("TODO(task 4): wake one waiting thread - see katas/threads/README.md#task-4");
    }

    /** {@code cond.notify(n)}: wakes up to n waiting threads, oldest first. */
    public void signal(int n) {
        throw new UnsupportedOperationException("TODO(task 4): wake up to n waiting threads - see katas/threads/README.md#task-4");
    }

    /** {@code cond.notify_all()}. */
    public void signalAll() {
        throw new UnsupportedOperationException("TODO(task 4): wake every waiting thread - see katas/threads/README.md#task-4");
    }
}
