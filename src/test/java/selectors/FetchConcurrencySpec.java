package selectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import support.HttpReply;
import support.LoopbackHttpServer;

/**
 * The selector fetch's point: nothing waits. Every fetch is in flight at once, get() never waits for
 * a handshake, and the loop thread sleeps in select() rather than spinning. Each is decided by a
 * count (requests in flight, callbacks made, CPU nanoseconds), never by how long something took.
 */
@DisplayName("selector fetch: nothing blocks, nothing spins")
@Tag("task-2")
class FetchConcurrencySpec {
    /** The server gives up holding answers after this long without a new request (a one-at-a-time fetcher). */
    private static final Duration QUIET = Duration.ofSeconds(3);
    /** How long the loop thread's CPU time is watched while its only fetch waits for an answer. */
    private static final Duration STALL = Duration.ofSeconds(2);
    /** A thread parked in select() uses microseconds; select(1) in a loop used 40-60 ms per 2 s on a busy 2-core box. */
    private static final long BUSY_CPU_MICROS = 10_000;
    /** Only catches a hang: the right get() returns in well under a millisecond. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private LoopbackHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("20 URLs, answered only once all 20 are in flight, are fetched at once, on one thread, each keyed to its own result")
    void twenty() throws Exception {
        fetchConcurrently(20);
    }

    @Test
    @Timeout(30)
    @DisplayName("1,000 URLs, answered only once all 1,000 are in flight, are fetched at once")
    void thousand() throws Exception {
        fetchConcurrently(1000);
    }

    /** The server holds every answer until all n are in flight; a one-at-a-time fetcher is let go after QUIET and shows peak 1. */
    private void fetchConcurrently(int n) throws Exception {
        server = LoopbackHttpServer.start(request -> HttpReply.ok("item " + request.target().substring("/item/".length())));
        server.holdUntilInFlight(n, QUIET);
        Set<Thread> before = Loopback.liveThreads();
        FetchOutcomes outcomes = new FetchOutcomes();
        AtomicReference<List<String>> threadsDuringRun = new AtomicReference<>();
        try (EventLoop loop = new EventLoop()) {
            Fetcher fetcher = new Fetcher(loop);
            for (int i = 0; i < n; i++) {
                outcomes.fetch(fetcher, server.url("/item/" + i));
            }
            threadsDuringRun.set(Loopback.newThreads(before));
            loop.run();
        }
        assertThat(server.peakInFlight()).as("most requests the server held at once for %d fetches. It answers none until all %d "
                + "are in flight (or until no new request has come for %d s). In Python the notes' Fetcher registers every socket "
                + "with one selector, and all %d requests are out before the first answer; fewer means a fetch waited for another "
                + "one's answer: a blocking connect or recv, or starting the next fetch from the last one's callback",
                n, n, QUIET.toSeconds(), n).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(outcomes.byUrl.get(server.url("/item/" + i))).as("result for /item/%d", i).isEqualTo("200 item " + i);
        }
        assertThat(outcomes.callbackThreads).as("threads the callbacks ran on: only the one that called run()")
                .containsExactly(Thread.currentThread());
        assertThat(threadsDuringRun.get()).as("threads started by get(): the event loop needs none").isEmpty();
        boolean allClosed = server.awaitAllClosedByClients(Duration.ofSeconds(5));
        assertThat(allClosed).as("every channel closed after run() returned (the server still sees %d open): close each "
                + "fetch's channel, and note a closed channel is only released at the selector's next select",
                server.openConnections()).isTrue();
    }

    @Test
    @DisplayName("get() returns at once though the server's accept queue is full, and the fetch fails later, in the loop, when it goes away")
    void getDoesNotWaitForTheHandshake() throws Exception {
        FetchOutcomes outcomes = new FetchOutcomes();
        String url;
        try (UnacceptingListener full = UnacceptingListener.open(); EventLoop loop = new EventLoop()) {
            url = "http://127.0.0.1:" + full.port() + "/item/1";
            boolean returned = returnsBeforeHangGuard(() -> outcomes.fetch(new Fetcher(loop), url));
            assertThat(returned).as("fetcher.get(%s) returned, to a server whose accept queue is full. In Python, "
                    + "sock.setblocking(False) then sock.connect(addr) raises BlockingIOError: [Errno 115] Operation now in progress "
                    + "at once; a socket still blocking waits in connect() for a handshake that cannot finish (here it was still "
                    + "waiting after %d s). Call configureBlocking(false) before connect()", url, HANG_GUARD.toSeconds()).isTrue();
            assertThat(outcomes.byUrl).as("callbacks made by get() alone, before run(): the connection is still pending, "
                    + "so there is nothing to report yet").isEmpty();
            full.close(); // the pending connect is refused at its next SYN retransmission
            loop.run();
        }
        assertThat(outcomes.byUrl).as("outcome of the pending fetch once the server went away")
                .containsExactly(Map.entry(url, "ConnectionRefusedError: [Errno 111] Connection refused"));
    }

    private interface IoCall {
        void run() throws IOException;
    }

    /** Runs {@code call} on its own thread; if it hangs, interrupts it (which closes a blocking channel) and says so. */
    private static boolean returnsBeforeHangGuard(IoCall call) throws InterruptedException {
        Thread caller = new Thread(() -> {
            try {
                call.run();
            } catch (IOException e) {
                // an interrupted blocking connect ends here; the spec reports the hang itself
            }
        }, "spec-get");
        caller.start();
        caller.join(HANG_GUARD.toMillis());
        boolean returned = !caller.isAlive();
        caller.interrupt();
        caller.join();
        return returned;
    }

    @Test
    @DisplayName("does not busy-wait: while its only fetch waits 2 s for an answer, the loop thread uses almost no CPU")
    void noBusyWaiting() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        server = LoopbackHttpServer.start(request -> {
            if (request.target().equals("/stalled")) {
                arrived.countDown();
                awaitQuietly(answer); // the server thread holds the answer until the spec has measured
            }
            return HttpReply.ok("done");
        });
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicReference<String> outcome = new AtomicReference<>();
        long used;
        try (EventLoop loop = new EventLoop()) {
            Fetcher fetcher = new Fetcher(loop);
            Thread runner = new Thread(() -> {
                try {
                    fetcher.get(server.url("/warm"), r -> { }, e -> { });
                    loop.run(); // warm up: load classes, so that the stall measures only the waiting
                    fetcher.get(server.url("/stalled"), r -> outcome.set("response"), e -> outcome.set(e.toString()));
                    loop.run();
                } catch (IOException e) {
                    outcome.set(e.toString());
                }
            }, "spec-loop");
            runner.start();
            try {
                assertThat(arrived.await(5, TimeUnit.SECONDS)).as("the stalled request reached the server").isTrue();
                long before = cpu.getThreadCpuTime(runner.getId());
                Thread.sleep(STALL.toMillis()); // the loop has nothing to do but wait; its CPU clock should stand still
                used = cpu.getThreadCpuTime(runner.getId()) - before;
            } finally {
                answer.countDown();
                runner.join(5_000);
            }
        }
        assertThat(outcome.get()).as("outcome of the stalled fetch, once answered").isEqualTo("response");
        assertThat(used / 1_000).as("CPU microseconds the loop thread used in %d s while its only fetch waited for an answer. In Python "
                + "sel.select() with no timeout parks the thread until a socket is ready; sel.select(timeout=0.001) in a loop, "
                + "like selectNow() or select(1) here, wakes it again and again: busy-waiting. Call selector.select() with no timeout",
                STALL.toSeconds()).isLessThan(BUSY_CPU_MICROS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
        }
    }
}
