package selectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.KeyError;
import py.ValueError;
import support.HttpReply;
import support.LoopbackHttpServer;

@DisplayName("selector fetch")
@Tag("task-2")
class SelectorFetchSpec {
    private LoopbackHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpReply itemReply(LoopbackHttpServer.Request request, Duration latency) {
        return HttpReply.ok("item " + request.target().substring(request.target().lastIndexOf('/') + 1)).latency(latency);
    }

    @Nested
    @DisplayName("one fetch")
    class One {
        @Test
        @DisplayName("sends GET <path> HTTP/1.1 with Host and Connection: close, and calls back with status and body")
        void fetchesOne() throws IOException {
            server = LoopbackHttpServer.start(request -> HttpReply.ok("你好\r\n\r\nworld"));
            FetchOutcomes outcomes = new FetchOutcomes();
            try (EventLoop loop = new EventLoop()) {
                outcomes.fetch(new Fetcher(loop), server.url("/hello"));
                loop.run();
            }
            assertThat(outcomes.byUrl).as("outcome of the fetch").containsEntry(server.url("/hello"), "200 你好\r\n\r\nworld");
            LoopbackHttpServer.Request request = server.requests().get(0);
            assertThat(request.method() + " " + request.target() + " " + request.version()).as("request line").isEqualTo("GET /hello HTTP/1.1");
            assertThat(request.header("Host")).as("Host header in %s", request.head()).isEqualTo("127.0.0.1:" + server.port());
            assertThat(request.header("Connection")).as("Connection header in %s", request.head()).isEqualToIgnoringCase("close");
        }

        @Test
        @DisplayName("sends a 16 MB POST body whole, though each non-blocking write sends only part of it")
        void partialWrites() throws Exception {
            server = LoopbackHttpServer.start(request -> HttpReply.ok(String.valueOf(request.body().length)));
            server.delayBodyReads(Duration.ofMillis(200)); // the client's socket buffer fills up meanwhile
            byte[] body = new byte[16 << 20];
            new Random(7).nextBytes(body);
            AtomicReference<String> outcome = new AtomicReference<>();
            try (EventLoop loop = new EventLoop()) {
                new Fetcher(loop).post(server.url("/upload"), body,
                        response -> outcome.set(new String(response.body(), StandardCharsets.UTF_8)),
                        error -> outcome.set(error.toString()));
                Thread runner = new Thread(() -> runQuietly(loop), "spec-loop");
                runner.start();
                runner.join(7_000);
                if (runner.isAlive()) {
                    server.close(); // unblocks the learner's loop so the spec can end
                    runner.join(2_000);
                }
            }
            assertThat(outcome.get()).as("the server's count of body bytes received; less (or nothing) means the request stopped "
                    + "after the first write: a non-blocking write sends only what fits, keep OP_WRITE until the buffer is empty")
                    .isEqualTo(String.valueOf(body.length));
        }
    }

    @Nested
    @DisplayName("failures")
    class Failures {
        @Test
        @DisplayName("a refused connection gets an error callback, and the loop goes on with the rest")
        void refused() throws IOException {
            server = LoopbackHttpServer.start(request -> itemReply(request, Duration.ZERO));
            String refusedUrl = "http://127.0.0.1:" + Loopback.closedPort().getPort() + "/nowhere";
            FetchOutcomes outcomes = new FetchOutcomes();
            try (EventLoop loop = new EventLoop()) {
                Fetcher fetcher = new Fetcher(loop);
                outcomes.fetch(fetcher, server.url("/item/1"));
                outcomes.fetch(fetcher, refusedUrl);
                outcomes.fetch(fetcher, server.url("/item/2"));
                loop.run();
            }
            assertThat(outcomes.byUrl).as("outcomes of two good fetches around a refused one").containsExactlyInAnyOrderEntriesOf(Map.of(
                    server.url("/item/1"), "200 item 1",
                    refusedUrl, "ConnectionRefusedError: [Errno 111] Connection refused",
                    server.url("/item/2"), "200 item 2"));
        }

        @Test
        @DisplayName("a server that closes without answering gives RemoteDisconnected")
        void closedWithoutAnswer() throws IOException {
            assertThat(fetchOne(HttpReply.ok("never").closeAfter(0)))
                    .isEqualTo("RemoteDisconnected: Remote end closed connection without response");
        }

        @Test
        @DisplayName("a server that closes in the middle of the body gives IncompleteRead")
        void closedMidBody() throws IOException {
            HttpReply reply = HttpReply.ok("0123456789");
            int headLength = reply.wireBytes().length - 10;
            assertThat(fetchOne(reply.closeAfter(headLength + 4))).isEqualTo("IncompleteRead: IncompleteRead(4 bytes read, 6 more expected)");
        }

        @Test
        @DisplayName("a server that closes in the middle of the head gives IncompleteRead with the bytes read so far")
        void closedMidHead() throws IOException {
            assertThat(fetchOne(HttpReply.ok("0123456789").closeAfter(10)))
                    .as("outcome when the connection ends 10 bytes into 'HTTP/1.1 200 OK', before the blank line")
                    .isEqualTo("IncompleteRead: IncompleteRead(10 bytes read)");
        }

        @Test
        @DisplayName("a server that resets the connection gives ConnectionResetError")
        void reset() throws IOException {
            String outcome = fetchOne(HttpReply.reset());
            assertThat(outcome).as("outcome of a fetch answered with a TCP RST").startsWith("ConnectionResetError: ");
        }

        @Test
        @DisplayName("failed fetches (refused, reset, cut short) leave no socket open")
        void noLeakOnFailure() throws IOException {
            server = LoopbackHttpServer.start(request -> request.target().startsWith("/reset")
                    ? HttpReply.reset() : HttpReply.ok("never").closeAfter(0));
            String refusedUrl = "http://127.0.0.1:" + Loopback.closedPort().getPort() + "/";
            long before = Loopback.openFileDescriptors();
            FetchOutcomes outcomes = new FetchOutcomes();
            try (EventLoop loop = new EventLoop()) {
                Fetcher fetcher = new Fetcher(loop);
                for (int i = 0; i < 20; i++) {
                    outcomes.fetch(fetcher, refusedUrl + i);
                    outcomes.fetch(fetcher, server.url("/reset/" + i));
                    outcomes.fetch(fetcher, server.url("/cut/" + i));
                }
                loop.run();
            }
            long after = Loopback.openFileDescriptors();
            assertThat(outcomes.byUrl.values()).as("outcomes of 60 failing fetches: every one is an error")
                    .hasSize(60).noneMatch(outcome -> outcome.startsWith("200"));
            assertThat(after - before).as("file descriptors still open after 60 failed fetches and loop.close() "
                    + "(before: %d, after: %d): close the channel of a failed fetch, and the selector", before, after).isLessThan(10);
        }

        private String fetchOne(HttpReply reply) throws IOException {
            server = LoopbackHttpServer.start(request -> reply);
            FetchOutcomes outcomes = new FetchOutcomes();
            try (EventLoop loop = new EventLoop()) {
                outcomes.fetch(new Fetcher(loop), server.url("/"));
                loop.run();
            }
            return outcomes.byUrl.get(server.url("/"));
        }
    }

    @Test
    @DisplayName("bodiesSurviveAnyWriteChunking: random bodies of 0 B to 1 MB come back byte for byte")
    void bodiesSurviveAnyWriteChunking() {
        server = LoopbackHttpServer.start(request -> {
            String[] parts = request.target().split("/"); // /body/<size>/<seed>/<maxWrite>
            byte[] body = randomBody(Integer.parseInt(parts[2]), Long.parseLong(parts[3]));
            return HttpReply.ok(body).writeSizes(Long.parseLong(parts[3]), Integer.parseInt(parts[4]));
        });
        qt().withExamples(25).withShrinkCycles(10).forAll(integers().between(0, 1 << 20), longs().all(), integers().between(1, 1 << 16))
                .checkAssert((size, seed, maxWrite) -> {
                    AtomicReference<Object> outcome = new AtomicReference<>();
                    try (EventLoop loop = new EventLoop()) {
                        new Fetcher(loop).get(server.url("/body/" + size + "/" + seed + "/" + maxWrite), outcome::set, outcome::set);
                        loop.run();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    assertThat(outcome.get()).as("outcome of fetching a %d-byte body written in pieces of up to %d", size, maxWrite)
                            .isInstanceOf(Response.class);
                    assertThat(((Response) outcome.get()).body()).as("body of %d random bytes (seed %d), written in pieces of up to %d",
                            size, seed, maxWrite).isEqualTo(randomBody(size, seed));
                });
    }

    static byte[] randomBody(int size, long seed) {
        byte[] body = new byte[size];
        new Random(seed).nextBytes(body);
        return body;
    }

    @Nested
    @DisplayName("the event loop's registry, like selectors.DefaultSelector")
    class Registry {
        @Test
        @DisplayName("refuses to register a channel twice with KeyError")
        void twice() throws IOException {
            try (EventLoop loop = new EventLoop(); SocketChannel channel = SocketChannel.open()) {
                channel.configureBlocking(false);
                loop.register(channel, SelectionKey.OP_CONNECT, key -> { });
                assertThatExceptionOfType(KeyError.class)
                        .as("sel.register(sock, EVENT_WRITE) a second time: CPython raises KeyError('<socket ...> (FD n) is already registered')")
                        .isThrownBy(() -> loop.register(channel, SelectionKey.OP_CONNECT, key -> { }))
                        .withMessageContaining(" is already registered");
            }
        }

        @Test
        @DisplayName("refuses no events with ValueError 'Invalid events: 0'")
        void noEvents() throws IOException {
            try (EventLoop loop = new EventLoop(); SocketChannel channel = SocketChannel.open()) {
                channel.configureBlocking(false);
                assertThatExceptionOfType(ValueError.class).as("sel.register(sock, 0): CPython raises ValueError('Invalid events: 0')")
                        .isThrownBy(() -> loop.register(channel, 0, key -> { })).withMessage("Invalid events: 0");
            }
        }

        @Test
        @DisplayName("refuses to unregister a channel it does not know with KeyError")
        void unknown() throws IOException {
            try (EventLoop loop = new EventLoop(); SocketChannel channel = SocketChannel.open()) {
                assertThatExceptionOfType(KeyError.class)
                        .as("sel.unregister(sock) of a socket never registered: CPython raises KeyError('<socket ...> is not registered')")
                        .isThrownBy(() -> loop.unregister(channel)).withMessageContaining(" is not registered");
            }
        }

        @Test
        @DisplayName("takes a channel back right after unregister, in the same round")
        void registerAgain() throws IOException {
            try (EventLoop loop = new EventLoop(); SocketChannel channel = SocketChannel.open()) {
                channel.configureBlocking(false);
                loop.register(channel, SelectionKey.OP_CONNECT, key -> { });
                loop.unregister(channel);
                loop.register(channel, SelectionKey.OP_CONNECT, key -> { });
                assertThatExceptionOfType(KeyError.class)
                        .as("a third sel.register(sock, ...) after register, unregister, register: the second one took, so CPython "
                                + "raises KeyError('... is already registered')")
                        .isThrownBy(() -> loop.register(channel, SelectionKey.OP_CONNECT, key -> { }))
                        .withMessageContaining(" is already registered");
            }
        }

        @Test
        @DisplayName("modify() changes the events and the callback; unregister() of the last channel ends run()")
        void modifyThenUnregister() throws IOException {
            try (EventLoop loop = new EventLoop(); Pair pair = Pair.open()) {
                pair.peer.getOutputStream().write('x');
                List<Integer> readyOps = new ArrayList<>();
                loop.register(pair.channel, SelectionKey.OP_WRITE, key -> readyOps.add(-1));
                loop.modify(pair.channel, SelectionKey.OP_READ, key -> {
                    readyOps.add(key.readyOps());
                    loop.unregister(pair.channel);
                });
                assertThatExceptionOfType(ValueError.class).as("sel.modify(sock, 0): ValueError('Invalid events: 0'), as selectors.SelectSelector says (epoll would accept 0)")
                        .isThrownBy(() -> loop.modify(pair.channel, 0, key -> { })).withMessage("Invalid events: 0");
                loop.run();
                assertThat(readyOps).as("callbacks run after register(OP_WRITE, a), modify(OP_READ, b), with one byte waiting: "
                        + "only b, once, for reading").containsExactly(SelectionKey.OP_READ);
            }
        }

        @Test
        @DisplayName("calls a callback only when its channel is ready, however many rounds another channel keeps the loop busy")
        void onlyReadyChannels() throws IOException {
            try (EventLoop loop = new EventLoop(); Pair reading = Pair.open(); Pair writing = Pair.open()) {
                reading.peer.getOutputStream().write('x');
                List<Integer> bytesPerCall = new ArrayList<>();
                ByteBuffer buffer = ByteBuffer.allocate(16);
                loop.register(reading.channel, SelectionKey.OP_READ, key -> {
                    buffer.clear();
                    try {
                        bytesPerCall.add(reading.channel.read(buffer));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                int[] rounds = {0};
                loop.register(writing.channel, SelectionKey.OP_WRITE, key -> {
                    // always writable: keep the loop turning until the reader has had its byte, plus a few rounds
                    if (++rounds[0] >= 1000 || !bytesPerCall.isEmpty() && rounds[0] >= 5) {
                        loop.unregister(writing.channel);
                        loop.unregister(reading.channel);
                    }
                });
                loop.run();
                assertThat(bytesPerCall).as("bytes read by each call of the reader's callback over %d rounds: "
                        + "a callback for a channel with nothing to read would read 0", rounds[0]).containsExactly(1);
            }
        }

        @Test
        @DisplayName("close() releases the selector: 50 loops opened and closed leave no file descriptors behind")
        void closeReleasesTheSelector() throws IOException {
            long before = Loopback.openFileDescriptors();
            for (int i = 0; i < 50; i++) {
                new EventLoop().close();
            }
            long after = Loopback.openFileDescriptors();
            assertThat(after - before).as("file descriptors after 50 × new EventLoop().close() (before: %d, after: %d)", before, after)
                    .isLessThan(20);
        }

        @Test
        @DisplayName("run() returns at once when nothing is registered")
        void emptyRun() throws IOException {
            try (EventLoop loop = new EventLoop()) {
                loop.run();
                assertThat(loop).as("an empty loop ran and returned").isNotNull();
            }
        }
    }

    /** A connected loopback pair: a non-blocking channel for the loop, a plain socket as its peer. */
    static final class Pair implements AutoCloseable {
        final SocketChannel channel;
        final Socket peer;

        private Pair(SocketChannel channel, Socket peer) {
            this.channel = channel;
            this.peer = peer;
        }

        static Pair open() throws IOException {
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                SocketChannel channel = SocketChannel.open(listener.getLocalSocketAddress());
                channel.configureBlocking(false);
                return new Pair(channel, listener.accept());
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
            peer.close();
        }
    }

    private static void runQuietly(EventLoop loop) {
        try {
            loop.run();
        } catch (IOException | RuntimeException e) {
            // the spec judges by the outcome the callbacks recorded
        }
    }

}
