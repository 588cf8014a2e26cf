package asyncio;

import java.util.ArrayList;
import java.util.List;

/** A flag coroutines can wait for ({@code asyncio.Event}); {@code await()} is Python's {@code wait()}. */
public class Event {
    private final List<Future<Boolean>> waiters = new ArrayList<>();
    private boolean flag;

    /** A cleared event. */
    public Event() {
    }

    /** True after set() until clear(). */
    public boolean isSet() {
        return flag;
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        if (!flag) {
            flag = true;
            for (Future<Boolean> waiter : waiters) {
                if (!waiter.done()) {
                    waiter.setResult(true);
                }
            }
        }
    }

    /** Clears the flag; later awaits wait again. */
    public void clear() {
        flag = false;
    }

    /** Inside a coroutine: returns at once if set, else waits for set(). */
    public boolean await() {
        if (flag) {
            return true;
        }
        Future<Boolean> waiter = EventLoop.getRunningLoop().createFuture();
        waiters.add(waiter);
        try {
            Coroutine.await(waiter);
            return true;
        } finally {
            waiters.remove(waiter);
        }
    }
}
