package asyncio;

/** A flag coroutines can wait for ({@code asyncio.Event}); {@code await()} is Python's {@code wait()}. */
public class Event {
    private final Waiters waiters = new Waiters();
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
            waiters.wakeAll();
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
        waiters.park();
        return true;
    }
}
