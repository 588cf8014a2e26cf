package asyncio;

import java.util.ArrayDeque;
import py.CancelledError;
import py.RuntimeError;

/** A lock for coroutines of one loop: waiters queue in FIFO order and a newcomer never jumps the queue. */
public class Lock {
    private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();
    private boolean locked;

    /** An unlocked lock. */
    public Lock() {
    }

    /** True while held. */
    public boolean locked() {
        return locked;
    }

    /** Inside a coroutine: takes the lock, waiting in line behind earlier waiters. */
    public boolean acquire() {
        if (!locked && waiters.stream().allMatch(Future::cancelled)) {
            locked = true;
            return true;
        }
        Future<Boolean> turn = EventLoop.getRunningLoop().createFuture();
        waiters.add(turn);
        try {
            try {
                Coroutine.await(turn);
            } finally {
                waiters.remove(turn);
            }
        } catch (CancelledError cancelled) {
            // We may have been handed the lock just before the cancel: pass it on.
            if (!locked) {
                wakeUpFirst();
            }
            throw cancelled;
        }
        locked = true;
        return true;
    }

    /** Gives the lock to the first waiter in line; RuntimeError if it is not held. */
    public void release() {
        if (!locked) {
            throw new RuntimeError("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    private void wakeUpFirst() {
        Future<Boolean> first = waiters.peek();
        if (first != null && !first.done()) {
            first.setResult(true);
        }
    }
}
