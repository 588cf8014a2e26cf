package crawler;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches one URL without blocking the caller: the future completes with the response (whatever its
 * status), or fails with the I/O error. The crawler only ever talks to this interface, so specs can
 * hand it an in-memory site.
 */
public interface Fetcher {
    CompletableFuture<Response> fetch(String url);
}
