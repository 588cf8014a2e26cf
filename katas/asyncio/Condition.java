package asyncio;

import java.util.function.BooleanSupplier;

/**
 * {@code asyncio.Condition}: waiters release the lock, sleep until signalled, and take the lock back.
 * Java's Object already owns wait/notify, so Python's wait, wait_for, notify and notify_all are
 * await, awaitUntil, signal and signalAll here.
 */
public class Condition {
    /** A condition over a new lock. */
    public Condition() {
        throw new UnsupportedOperationException("TODO(task 7): create a condition over a new lock - see katas/asyncio/README.md#task-7");
    }

    /** A condition over the given lock. */
    public Condition(Lock lock) {
        throw new UnsupportedOperationException("TODO(task 7): create a condition over the given lock - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: takes the underlying lock. */
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): acquire the underlying lock - see katas/asyncio/README.md#task-7");
    }

    /** Releases the underlying lock. */
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): release the underlying lock - see katas/asyncio/README.md#task-7");
    }

    /** True while the underlying lock is held. */
    public boolean locked() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether the underlying lock is held - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine holding the lock: releases it, waits for a signal, reacquires it. */
    public boolean await() {
        throw new UnsupportedOperationException("TODO(task 7): sleep until signalled, without holding the lock meanwhile - see katas/asyncio/README.md#task-7");
    }

    /** Waits until the predicate holds, re-checking it after every wake-up: a signal is only a hint. */
    public boolean awaitUntil(BooleanSupplier predicate) {
        throw new UnsupportedOperationException("TODO(task 7): sleep until the predicate holds - see katas/asyncio/README.md#task-7");
    }

    /** Wakes up to {@code n} waiters; RuntimeError unless the lock is held. */
    public void signal(int n) {
        throw new UnsupportedOperationException("TODO(task 7): wake up to n waiting coroutines - see katas/asyncio/README.md#task-7");
    }

    /** Wakes every waiter. */
    public void signalAll() {
        throw new UnsupportedOperationException("TODO(task 7): wake every waiting coroutine - see katas/asyncio/README.md#task-7");
    }
}
