package crawler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Retries a 503 (Service Unavailable: "try again later") with exponential backoff: wait
 * {@code firstDelay}, then twice that, four times that, ..., never more than {@code maxDelay}, for
 * at most {@code maxAttempts} requests in all. Anything else is final and passed on as it is.
 */
public final class RetryingFetcher implements Fetcher {

    public RetryingFetcher(Fetcher inner, int maxAttempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {
        throw new UnsupportedOperationException("TODO(task 6): remember the policy; ValueError for a bad one - see katas/crawler/README.md#task-6");
    }

    @Override
    public CompletableFuture<Response> fetch(String url) {
        throw new UnsupportedOperationException("TODO(task 6): fetch, and after a 503 sleep and try again - see katas/crawler/README.md#task-6");
    }

    /** The pause before retry number {@code retry} (1 for the second request): firstDelay * 2^(retry-1), capped. */
    public Duration delayBefore(int retry) {
        throw new UnsupportedOperationException("TODO(task 6): the doubling pause, capped at maxDelay - see katas/crawler/README.md#task-6");
    }
}
