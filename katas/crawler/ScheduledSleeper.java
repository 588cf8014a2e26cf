package crawler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A real-time {@link Sleeper}: one timer thread completes each sleep's future when it is due, the
 * way asyncio's {@code call_later} does, so a thousand sleeping retries cost no thread each.
 */
public final class ScheduledSleeper implements Sleeper, AutoCloseable {

    public ScheduledSleeper() {
        throw new UnsupportedOperationException("TODO(task 6): a sleeper with one timer thread - see katas/crawler/README.md#task-6");
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        throw new UnsupportedOperationException("TODO(task 6): a future the timer completes after delay - see katas/crawler/README.md#task-6");
    }

    /** Ends the timer thread; sleeps still pending are cancelled (their futures fail with CancellationException). */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 6): end the timer thread, cancel pending sleeps - see katas/crawler/README.md#task-6");
    }
}
