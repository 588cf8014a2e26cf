package asyncio;

import java.util.ArrayList;
import java.util.List;

/**
 * The coroutines parked on an Event or a Condition, each on a future of its own, oldest first.
 * A waiter leaves the list as soon as it resumes: woken, cancelled or failed.
 */
final class Waiters {
    private final List<Future<Void>> parked = new ArrayList<>();

    /** Inside a coroutine: suspends it until {@link #wake} picks it; a cancel raises CancelledError here. */
    void park() {
        Future<Void> waiter = EventLoop.getRunningLoop().createFuture();
        parked.add(waiter);
        try {
            Coroutine.await(waiter);
        } finally {
            parked.remove(waiter);
        }
    }

    /** Wakes up to {@code n} waiters, oldest first; one already woken (it has not run yet) or cancelled does not count. */
    void wake(int n) {
        int woken = 0;
        for (Future<Void> waiter : parked) {
            if (woken >= n) {
                return;
            }
            if (!waiter.done()) {
                woken++;
                waiter.setResult(null);
            }
        }
    }

    void wakeAll() {
        wake(Integer.MAX_VALUE);
    }
}
