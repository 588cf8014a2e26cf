package asyncio;

import java.util.Collection;
import java.util.List;

/** The module-level functions: sleep, gather, wait, wait_for, as_completed and open_connection. */
public final class Asyncio {
    private Asyncio() {
    }

    /** Inside a coroutine: pauses for {@code seconds} of loop time (0 still gives the loop one turn). */
    public static void sleep(double seconds) {
        throw new UnsupportedOperationException("TODO(task 4): pause the calling coroutine for seconds of loop time - see katas/asyncio/README.md#task-4");
    }

    /** One future for all: results in argument order; the first exception, unless collected in place. */
    public static Future<List<Object>> gather(boolean returnExceptions, Future<?>... futures) {
        throw new UnsupportedOperationException("TODO(task 5): combine the futures into one list of outcomes in argument order - see katas/asyncio/README.md#task-5");
    }

    /** Waits until the condition holds; a negative timeout means none. Nothing is cancelled. */
    public static Future<WaitResult<Future<?>>> wait(Collection<? extends Future<?>> futures, ReturnWhen returnWhen, double timeout) {
        throw new UnsupportedOperationException("TODO(task 5): wait until the futures meet return_when or the timeout runs out - see katas/asyncio/README.md#task-5");
    }

    /** Waits with no timeout. */
    public static Future<WaitResult<Future<?>>> wait(Collection<? extends Future<?>> futures, ReturnWhen returnWhen) {
        throw new UnsupportedOperationException("TODO(task 5): wait until the futures meet return_when - see katas/asyncio/README.md#task-5");
    }

    /** The future's outcome, or TimeoutError after {@code timeout} seconds, in which case the future is cancelled. */
    public static <T> Future<T> waitFor(Future<T> inner, double timeout) {
        throw new UnsupportedOperationException("TODO(task 5): wait at most timeout seconds for the future's outcome - see katas/asyncio/README.md#task-5");
    }

    /** Futures that complete in completion order: the first returned gets the first outcome, and so on. */
    public static <T> List<Future<T>> asCompleted(Collection<? extends Future<T>> futures) {
        throw new UnsupportedOperationException("TODO(task 5): hand out the outcomes in the order they finish - see katas/asyncio/README.md#task-5");
    }

    /** Inside a coroutine: connects without blocking the loop and returns the (reader, writer) pair. */
    public static StreamPair openConnection(String host, int port) {
        throw new UnsupportedOperationException("TODO(task 9): connect without blocking the loop and return the (reader, writer) pair - see katas/asyncio/README.md#task-9");
    }

    /** Inside a coroutine: like {@link #openConnection(String, int)}, with the reader's line limit. */
    public static StreamPair openConnection(String host, int port, int limit) {
        throw new UnsupportedOperationException("TODO(task 9): connect as above, with the reader's line limit - see katas/asyncio/README.md#task-9");
    }
}
