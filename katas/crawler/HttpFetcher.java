package crawler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Fetcher} on the JDK's {@link java.net.http.HttpClient}: asynchronous GETs over HTTP/1.1,
 * each with its own timeout, redirects NOT followed (the crawler follows them itself). Owns its
 * threads: close it.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {

    /** A fetcher whose every request fails with HttpTimeoutException after {@code timeout}. */
    public HttpFetcher(Duration timeout) {
        throw new UnsupportedOperationException("TODO(task 5): build an HttpClient for HTTP/1.1 without redirects - see katas/crawler/README.md#task-5");
    }

    @Override
    public CompletableFuture<Response> fetch(String url) {
        throw new UnsupportedOperationException("TODO(task 5): start a GET with a timeout and return at once - see katas/crawler/README.md#task-5");
    }

    /** Ends the threads this fetcher started. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 5): end the client's threads - see katas/crawler/README.md#task-5");
    }
}
