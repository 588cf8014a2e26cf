package asyncio;

import java.util.function.BooleanSupplier;
import py.RuntimeError;

/**
 * {@code asyncio.Condition}: waiters release the lock, sleep until signalled, and take the lock back.
 * Java's Object already owns wait/notify, so Python's wait, wait_for, notify and notify_all are
 * await, awaitUntil, signal and signalAll here.
 */
public class Condition {
    /** A condition over a new lock. */
    public Condition() {
        throw new UnsupportedOperationException("TODO(task 7): a condition over a new lock - see katas/asyncio/README.md#task-7");
    }

    /** A condition over the given lock. */
    public Condition(Lock lock) {
        throw new UnsupportedOperationException("TODO(task 7): a condition over the given lock - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: takes the underlying lock. */
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): inside a coroutine: takes the underlying lock - see katas/asyncio/README.md#task-7");
    }

    /** Releases the underlying lock. */
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): releases the underlying lock - see katas/asyncio/README.md#task-7");
    }

    /** True while the underlying lock is held. */
    public boolean locked() {
        throw new UnsupportedOperationException("TODO(task 7): true while the underlying lock is held - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine holding the lock: releases it, waits for a signal, reacquires it. */
    public boolean await() {
        throw new UnsupportedOperationException("TODO(task 7): inside a coroutine holding the lock: releases it, waits for a signal, reacquires it - see katas/asyncio/README.md#task-7");
    }

    /** Waits until the predicate holds, re-checking it after every wake-up: a signal is only a hint. */
    public boolean awaitUntil(BooleanSupplier predicate) {
        throw new UnsupportedOperationException("TODO(task 7): waits until the predicate holds, re-checking it after every wake-up: a signal is only a hint - see katas/asyncio/README.md#task-7");
    }

    /** Wakes up to {@code n} waiters; RuntimeError unless the lock is held. */
    public void signal(int n) {
        throw new UnsupportedOperationException("TODO(task 7): wakes up to n waiters; RuntimeError unless the lock is held - see katas/asyncio/README.md#task-7");
    }

    /** Wakes every waiter. */
    public void signalAll() {
        throw new UnsupportedOperationException("TODO(task 7): wakes every waiter - see katas/asyncio/README.md#task-7");
    }
}
