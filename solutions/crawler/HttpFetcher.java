package crawler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import py.ValueError;

/**
 * A {@link Fetcher} on the JDK's {@link HttpClient}: asynchronous GETs over HTTP/1.1, each with its
 * own timeout, redirects NOT followed (the crawler follows them itself, so that a redirect target is
 * normalized, deduplicated and checked against the site like any link). Owns its threads: close it.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final Duration timeout;
    private final ExecutorService executor;
    private final HttpClient client;

    /** A fetcher whose every request fails with HttpTimeoutException after {@code timeout}. */
    public HttpFetcher(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ValueError("timeout must be positive, not " + timeout);
        }
        this.timeout = timeout;
        // A few threads are plenty: they only run completions; the waiting happens in the client's selector.
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("crawler-http-" + CLIENTS.incrementAndGet() + "-"));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .executor(executor)
                .build();
    }

    @Override
    public CompletableFuture<Response> fetch(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        } catch (IllegalArgumentException notAUri) {
            return CompletableFuture.failedFuture(notAUri); // e.g. a space in the path: an error for this page only
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Response(response.statusCode(),
                        response.headers().firstValue("Location").orElse(null), response.body()));
    }

    /** Ends the completion threads, and on JDK 21+ the client's own selector thread too. */
    @Override
    public void close() {
        executor.shutdownNow();
        if (client instanceof AutoCloseable closeable) { // HttpClient is AutoCloseable from JDK 21 on
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the HttpClient failed", e);
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return body -> {
            Thread thread = new Thread(body, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
