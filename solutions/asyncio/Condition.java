package asyncio;

import java.util.function.BooleanSupplier;
import py.CancelledError;
import py.RuntimeError;

/**
 * {@code asyncio.Condition}: waiters release the lock, sleep until signalled, and take the lock back.
 * Java's Object already owns wait/notify, so Python's wait, wait_for, notify and notify_all are
 * await, awaitUntil, signal and signalAll here.
 */
public class Condition {
    private final Lock lock;
    private final Waiters waiters = new Waiters();

    /** A condition over a new lock. */
    public Condition() {
        this(new Lock());
    }

    /** A condition over the given lock. */
    public Condition(Lock lock) {
        this.lock = lock;
    }

    /** Inside a coroutine: takes the underlying lock. */
    public boolean acquire() {
        return lock.acquire();
    }

    /** Releases the underlying lock. */
    public void release() {
        lock.release();
    }

    /** True while the underlying lock is held. */
    public boolean locked() {
        return lock.locked();
    }

    /** Inside a coroutine holding the lock: releases it, waits for a signal, reacquires it. */
    public boolean await() {
        if (!lock.locked()) {
            throw new RuntimeError("cannot wait on un-acquired lock");
        }
        lock.release();
        try {
            waiters.park();
            return true;
        } finally {
            reacquire();
        }
    }

    /** Waits until the predicate holds, re-checking it after every wake-up: a signal is only a hint. */
    public boolean awaitUntil(BooleanSupplier predicate) {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** Wakes up to {@code n} waiters; RuntimeError unless the lock is held. */
    public void signal(int n) {
        if (!lock.locked()) {
            throw new RuntimeError("cannot notify on un-acquired lock");
        }
        waiters.wake(n);
    }

    /** Wakes every waiter. */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    /** The lock must be held again when await returns, even if we were cancelled meanwhile. */
    private void reacquire() {
        CancelledError pending = null;
        while (true) {
            try {
                lock.acquire();
                break;
            } catch (CancelledError cancelled) {
                pending = cancelled;
            }
        }
        if (pending != null) {
            throw pending;
        }
    }
}
