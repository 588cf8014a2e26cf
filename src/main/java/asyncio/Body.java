package asyncio;

/** The body of a coroutine: ordinary Java code that may suspend by calling {@link Coroutine#await}. */
@FunctionalInterface
public interface Body<T> {
    /** Runs the coroutine to its end and returns its value (Python's {@code return}). */
    T run();
}
