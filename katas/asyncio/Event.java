package asyncio;

/** A flag coroutines can wait for ({@code asyncio.Event}); {@code await()} is Python's {@code wait()}. */
public class Event {
    /** A cleared event. */
    public Event() {
        throw new UnsupportedOperationException("TODO(task 7): create a cleared event - see katas/asyncio/README.md#task-7");
    }

    /** True after set() until clear(). */
    public boolean isSet() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether the flag is set - see katas/asyncio/README.md#task-7");
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        throw new UnsupportedOperationException("TODO(task 7): set the flag and wake every waiting coroutine - see katas/asyncio/README.md#task-7");
    }

    /** Clears the flag; later awaits wait again. */
    public void clear() {
        throw new UnsupportedOperationException("TODO(task 7): clear the flag - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: returns at once if set, else waits for set(). */
    public boolean await() {
        throw new UnsupportedOperationException("TODO(task 7): wait until the flag is set - see katas/asyncio/README.md#task-7");
    }
}
