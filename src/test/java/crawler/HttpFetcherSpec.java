package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.ValueError;
import support.HttpReply;
import support.LoopbackHttpServer;
import support.ThreadLeaks;

@DisplayName("HttpFetcher: asynchronous GETs on the JDK's HttpClient")
@Tag("task-5")
class HttpFetcherSpec {
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static Response get(CompletableFuture<Response> future) throws Exception {
        return future.get(8, TimeUnit.SECONDS);
    }

    static Throwable failure(CompletableFuture<Response> future) throws Exception {
        try {
            Response response = future.get(8, TimeUnit.SECONDS);
            throw new AssertionError("expected the fetch to fail, but it returned status " + response.status());
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    @DisplayName("sends GET <path?query> HTTP/1.1 and returns the status, the Location header and the body")
    void basics() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("<p>hi</p>").header("Location", "/x"));
             HttpFetcher fetcher = new HttpFetcher(TIMEOUT)) {
            Response response = get(fetcher.fetch(server.url("/a/b?q=1")));
            assertThat(response).as("fetch(/a/b?q=1)").isEqualTo(new Response(200, "/x", "<p>hi</p>"));
            LoopbackHttpServer.Request request = server.requests().get(0);
            assertThat(List.of(request.method(), request.target(), request.version())).as("request line the server read: %s", request.head())
                    .containsExactly("GET", "/a/b?q=1", "HTTP/1.1");
            assertThat(request.header("Upgrade")).as("Upgrade header (an HTTP/2 attempt): the crawler speaks HTTP/1.1 only").isNull();
        }
    }

    @Test
    @DisplayName("does not follow redirects: the crawler does, so that it can normalize, dedupe and check the target")
    void noRedirects() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> request.target().equals("/old")
                ? HttpReply.status(301, "Moved Permanently", "").header("Location", "/new") : HttpReply.ok("new"));
             HttpFetcher fetcher = new HttpFetcher(TIMEOUT)) {
            Response response = get(fetcher.fetch(server.url("/old")));
            assertThat(response.status()).as("status of fetch(/old), which redirects to /new").isEqualTo(301);
            assertThat(response.location()).as("its Location").isEqualTo("/new");
            assertThat(server.requests()).as("requests the server saw").hasSize(1);
        }
    }

    @Test
    @DisplayName("a 404 or a 503 is a response, not a failure")
    void errorStatusesAreResponses() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> request.target().equals("/busy")
                ? HttpReply.status(503, "Service Unavailable", "later") : HttpReply.status(404, "Not Found", "none"));
             HttpFetcher fetcher = new HttpFetcher(TIMEOUT)) {
            assertThat(get(fetcher.fetch(server.url("/busy")))).as("fetch(/busy)").isEqualTo(new Response(503, null, "later"));
            assertThat(get(fetcher.fetch(server.url("/none")))).as("fetch(/none)").isEqualTo(new Response(404, null, "none"));
        }
    }

    @Test
    @DisplayName("each request has its own timeout: a slow page fails with HttpTimeoutException, a fast one still succeeds")
    void perRequestTimeout() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> request.target().equals("/slow")
                ? HttpReply.ok("late").latency(Duration.ofSeconds(30)) : HttpReply.ok("quick"));
             HttpFetcher fetcher = new HttpFetcher(TIMEOUT)) {
            assertThat(get(fetcher.fetch(server.url("/warm-up"))).body()).as("fetch(/warm-up)").isEqualTo("quick");
            CompletableFuture<Response> slow = fetcher.fetch(server.url("/slow"));
            CompletableFuture<Response> fast = fetcher.fetch(server.url("/fast"));
            assertThat(get(fast).body()).as("fetch(/fast) next to a hanging /slow").isEqualTo("quick");
            assertThat(failure(slow)).as("fetch(/slow): 30 s of latency against a 2 s timeout").isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    @DisplayName("a reset, garbage instead of HTTP, a refused connection and a malformed URL fail the future, never the caller")
    void failures() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> request.target().equals("/reset")
                ? HttpReply.reset() : HttpReply.garbage("SSH-2.0-OpenSSH_9.6\r\n"));
             HttpFetcher fetcher = new HttpFetcher(TIMEOUT)) {
            assertThat(failure(fetcher.fetch(server.url("/reset")))).as("fetch of a reset connection").isInstanceOf(IOException.class);
            assertThat(failure(fetcher.fetch(server.url("/ssh")))).as("fetch of an SSH banner").isInstanceOf(IOException.class);
            assertThat(failure(fetcher.fetch("http://127.0.0.1:" + closedPort + "/"))).as("fetch from a closed port")
                    .isInstanceOf(ConnectException.class);
            CompletableFuture<Response> spaced = fetcher.fetch(server.url("/a b"));
            assertThat(failure(spaced)).as("fetch of a URL with a space, which java.net.URI refuses").isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("keeps 100 requests in flight at once: fetch() starts a request and returns, it never waits for it")
    void concurrent() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok(request.target()));
             HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(8))) {
            server.releaseWhenInFlight(100, Duration.ofSeconds(6));
            List<CompletableFuture<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                futures.add(fetcher.fetch(server.url("/" + i)));
            }
            for (int i = 0; i < 100; i++) {
                assertThat(get(futures.get(i)).body()).as("body of fetch(/%d)", i).isEqualTo("/" + i);
            }
            assertThat(server.peakInFlight()).as("requests the server held at once (it answers none before 100 arrive)").isEqualTo(100);
        }
    }

    @Test
    @Timeout(20)
    @DisplayName("close() ends the threads it started (and, on JDK 21+, the client's selector thread)")
    void closeEndsThreads() throws Exception {
        java.util.Set<Thread> before = ThreadLeaks.snapshot();
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("x"))) {
            HttpFetcher fetcher = new HttpFetcher(TIMEOUT);
            for (int i = 0; i < 20; i++) {
                get(fetcher.fetch(server.url("/" + i)));
            }
            fetcher.close();
        }
        // On JDK 17 the client's selector thread ends only when the client is garbage collected: no close() yet.
        boolean clientCloses = Runtime.version().feature() >= 21;
        List<String> leftOver = ThreadLeaks.stillRunning(before,
                thread -> !clientCloses && thread.getName().matches("HttpClient-\\d+-SelectorManager"));
        assertThat(leftOver).as("threads still running after HttpFetcher.close()").isEmpty();
    }

    @Test
    @DisplayName("refuses a timeout that is not positive with ValueError")
    void badTimeout() {
        assertThatThrownBy(() -> new HttpFetcher(Duration.ZERO), "HttpFetcher(timeout=0 s): ValueError").isInstanceOf(ValueError.class);
    }
}
