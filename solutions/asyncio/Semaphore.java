package asyncio;

import java.util.ArrayDeque;
import py.CancelledError;
import py.ValueError;

/** A counter of permits for coroutines; release hands a permit straight to the first waiter. */
public class Semaphore {
    private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();
    private int value;

    /** A semaphore with {@code value} permits; ValueError if negative. */
    public Semaphore(int value) {
        if (value < 0) {
            throw new ValueError("Semaphore initial value must be >= 0");
        }
        this.value = value;
    }

    /** True if acquire() would have to wait. */
    public boolean locked() {
        return value == 0 || waiters.stream().anyMatch(w -> !w.done());
    }

    /** Inside a coroutine: takes a permit, waiting in FIFO order if there is none. */
    public boolean acquire() {
        if (!locked()) {
            value--;
            return true;
        }
        Future<Boolean> turn = EventLoop.getRunningLoop().createFuture();
        waiters.add(turn);
        try {
            Coroutine.await(turn);
        } catch (CancelledError cancelled) {
            // A permit handed to us just before the cancel must not be lost.
            if (turn.done() && !turn.cancelled()) {
                release();
            }
            throw cancelled;
        } finally {
            waiters.remove(turn);
        }
        return true;
    }

    /** Returns a permit: to the first waiter if any, else to the counter. */
    public void release() {
        while (!waiters.isEmpty()) {
            Future<Boolean> first = waiters.poll();
            if (!first.done()) {
                first.setResult(true);
                return;
            }
        }
        value++;
    }
}
