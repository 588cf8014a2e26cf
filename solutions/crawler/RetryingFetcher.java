package crawler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import py.ValueError;

/**
 * Retries a 503 (Service Unavailable: "try again later") with exponential backoff: wait
 * {@code firstDelay}, then twice that, four times that, ..., never more than {@code maxDelay}, for
 * at most {@code maxAttempts} requests in all. Anything else, including a 404 or an I/O error, is
 * final and passed on as it is. The waits go through the {@link Sleeper}, so no thread is blocked.
 */
public final class RetryingFetcher implements Fetcher {
    private static final int SERVICE_UNAVAILABLE = 503;

    private final Fetcher inner;
    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;

    public RetryingFetcher(Fetcher inner, int maxAttempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new ValueError("maxAttempts must be >= 1, not " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new ValueError("need 0 <= firstDelay <= maxDelay, got " + firstDelay + " and " + maxDelay);
        }
        this.inner = inner;
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
    }

    @Override
    public CompletableFuture<Response> fetch(String url) {
        return attempt(url, 1);
    }

    /** The pause before retry number {@code retry} (1 for the second request): firstDelay * 2^(retry-1), capped. */
    public Duration delayBefore(int retry) {
        if (retry < 1) {
            throw new ValueError("retry numbers start at 1, not " + retry);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < retry && !delay.isZero() && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2); // doubling stops at the cap, so it never overflows
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private CompletableFuture<Response> attempt(String url, int attempt) {
        return inner.fetch(url).thenCompose(response -> {
            if (response.status() != SERVICE_UNAVAILABLE || attempt >= maxAttempts) {
                return CompletableFuture.completedFuture(response);
            }
            return sleeper.sleep(delayBefore(attempt)).thenCompose(slept -> attempt(url, attempt + 1));
        });
    }
}
