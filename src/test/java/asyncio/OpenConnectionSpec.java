package asyncio;

import static asyncio.Coroutine.await;
import static asyncio.StreamFetch.bytes;
import static asyncio.StreamFetch.latin1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ConnectionRefusedError;
import py.ConnectionResetError;
import py.RuntimeError;
import py.StopAsyncIteration;
import support.HttpReply;
import support.LoopbackHttpServer;

@DisplayName("open_connection() over the loop's selector")
@Tag("task-9")
class OpenConnectionSpec extends OnRealLoop {

    LoopbackHttpServer server;

    void serve(Function<LoopbackHttpServer.Request, HttpReply> handler) {
        server = keep(LoopbackHttpServer.start(handler));
    }

    /** A seeded page of markup bytes, newlines, carriage returns, NULs and 0xFF. */
    static byte[] page(long seed, int size) {
        byte[] alphabet = {'<', 'p', '>', '\n', '\r', 0, (byte) 0xFF};
        byte[] body = new byte[size];
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            body[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return body;
    }

    @Nested
    @DisplayName("fetching a page")
    class Fetching {

        @Test
        @DisplayName("reads the head with readline() and the body with readexactly(Content-Length), though the server writes a few bytes at a time")
        void readlineThenReadexactly() {
            byte[] body = page(1, 3000);
            serve(request -> HttpReply.ok(body).writeSizes(7, 9));
            StreamFetch.Response response = loop.runUntilComplete(() -> StreamFetch.get(server.port(), "/index.html"));
            assertThat(response.head()).as("the response head, line by line, each line with its \\r\\n")
                    .containsExactly("HTTP/1.1 200 OK\r\n", "Content-Length: 3000\r\n", "Connection: close\r\n");
            assertThat(response.body()).as("readexactly(3000) over writes of 1 to 9 bytes").isEqualTo(body);
            assertThat(server.requests()).as("requests the server read").hasSize(1);
            assertThat(server.requests().get(0).head()).as("the request the writer sent")
                    .isEqualTo("GET /index.html HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: close");
        }

        @Test
        @DisplayName("iterates the lines of a Connection: close response with anext() until StopAsyncIteration, like the notes' async for")
        void lineIteration() {
            HttpReply reply = HttpReply.ok("<html>\r\n<body>hi</body>\r\n</html>").untilClose().writeSizes(3, 5);
            serve(request -> reply);
            List<String> lines = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                List<String> out = new ArrayList<>();
                try {
                    while (true) {
                        out.add(latin1(pair.reader().anext()));
                    }
                } catch (StopAsyncIteration end) {
                    pair.writer().close();
                    return out;
                }
            });
            assertThat(lines).as("async for raw_line in reader, over a body that ends when the server closes")
                    .containsExactly("HTTP/1.1 200 OK\r\n", "Connection: close\r\n", "\r\n", "<html>\r\n", "<body>hi</body>\r\n", "</html>");
        }

        @Test
        @DisplayName("read(-1) returns the whole response once the server closes")
        void readToEof() {
            HttpReply reply = HttpReply.ok(page(2, 200_000)).untilClose().writeSizes(5, 70_000);
            serve(request -> reply);
            byte[] all = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/big"));
                byte[] everything = pair.reader().read(-1);
                pair.writer().close();
                return everything;
            });
            assertThat(java.util.Arrays.mismatch(all, reply.wireBytes())).as("first index where read(-1) of a 200 kB response "
                    + "without Content-Length differs from what the server sent (-1: none; %d bytes read)", all.length).isEqualTo(-1);
        }

        @Test
        @DisplayName("raises IncompleteReadError with what did arrive when the server closes before the body is complete")
        void earlyClose() {
            int headLength = latin1(HttpReply.ok(page(3, 100)).wireBytes()).indexOf("\r\n\r\n") + 4;
            HttpReply reply = HttpReply.ok(page(3, 100)).closeAfter(headLength + 10);
            serve(request -> reply);
            Throwable thrown = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                int length = StreamFetch.contentLength(StreamFetch.readHead(pair.reader()));
                Throwable caught = catchThrowable(() -> pair.reader().readexactly(length));
                pair.writer().close();
                return caught;
            });
            assertThat(thrown).as("readexactly(100) when the server closes 10 bytes into the body")
                    .isInstanceOf(IncompleteReadError.class).hasMessage("10 bytes read on a total of 100 expected bytes");
            byte[] wire = reply.wireBytes();
            assertThat(((IncompleteReadError) thrown).partial()).as("IncompleteReadError.partial: the 10 bytes that came")
                    .isEqualTo(java.util.Arrays.copyOfRange(wire, headLength, headLength + 10));
        }

        @Test
        @DisplayName("runs ten fetches at once on the one loop thread: the server sees ten requests in flight")
        void tenAtOnce() {
            serve(request -> HttpReply.ok("page " + request.target()));
            server.releaseWhenInFlight(10, Duration.ofSeconds(3));
            List<Object> bodies = loop.runUntilComplete(() -> {
                List<Future<?>> fetches = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String target = "/" + i;
                    fetches.add(loop.createTask(() -> StreamFetch.get(server.port(), target).text()));
                }
                return await(Asyncio.gather(false, fetches.toArray(new Future<?>[0])));
            });
            assertThat(server.peakInFlight()).as("the most requests the server held at once, with answers held back until there were 10: "
                    + "a peak of 1 means each fetch blocked the loop thread (a blocking connect, write or read) instead of "
                    + "awaiting a future that the selector completes").isEqualTo(10);
            assertThat(bodies).as("gather() of the ten fetches").containsExactly("page /0", "page /1", "page /2", "page /3",
                    "page /4", "page /5", "page /6", "page /7", "page /8", "page /9");
        }
    }

    @Nested
    @DisplayName("closing")
    class Closing {

        @Test
        @DisplayName("close() closes the socket: is_closing() turns True, wait_closed() returns and the server sees the client go")
        void closeClosesTheSocket() {
            serve(request -> HttpReply.ok("bye"));
            List<Boolean> closing = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                pair.reader().read(-1);
                boolean before = pair.writer().isClosing();
                pair.writer().close();
                boolean after = pair.writer().isClosing();
                pair.writer().waitClosed();
                return List.of(before, after);
            });
            assertThat(closing).as("is_closing() before and after close()").containsExactly(false, true);
            assertThat(server.awaitAllClosedByClients(PATIENCE)).as("the server saw the client close its socket after writer.close()").isTrue();
        }

        @Test
        @DisplayName("write_eof() half-closes: the server sees the end of the request while the answer still comes in")
        void writeEof() {
            serve(request -> HttpReply.ok("still here"));
            List<Object> seen = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                pair.writer().writeEof();
                String response = latin1(pair.reader().read(-1));
                Throwable late = catchThrowable(() -> pair.writer().write(bytes("more")));
                boolean closing = pair.writer().isClosing();
                // The server ends its side once it reads our FIN: before we close anything.
                boolean serverDone = server.awaitAllClosedByClients(PATIENCE);
                pair.writer().close();
                return java.util.Arrays.asList(response, late, closing, serverDone);
            });
            assertThat((String) seen.get(0)).as("the response read after write_eof()").endsWith("\r\n\r\nstill here");
            assertThat((Throwable) seen.get(1)).as("write() after write_eof()").isInstanceOf(RuntimeError.class)
                    .hasMessage("Cannot call write() after write_eof()");
            assertThat(seen.get(2)).as("is_closing() after write_eof(): half-closed is not closing").isEqualTo(false);
            assertThat(seen.get(3)).as("the server read the end of the request stream (FIN) while our socket was still open").isEqualTo(true);
        }

        @Test
        @DisplayName("drain() after close() raises ConnectionResetError: Connection lost")
        void drainAfterClose() {
            serve(request -> HttpReply.ok("x"));
            Throwable thrown = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().close();
                return catchThrowable(pair.writer()::drain);
            });
            assertThat(thrown).as("drain() right after close(): it gives the loop a turn, sees the connection lost and says so")
                    .isInstanceOf(ConnectionResetError.class).hasMessage("Connection lost");
        }

        @Test
        @DisplayName("loop.close() closes the sockets of streams left open, as the notes' get_url leaves them")
        void loopCloseClosesStreams() {
            serve(request -> HttpReply.ok("<p>\r\n</p>").untilClose());
            int lines = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                int count = 0;
                try {
                    while (true) {
                        pair.reader().anext();
                        count++;
                    }
                } catch (StopAsyncIteration end) {
                    return count; // no drain, no close: exactly what the notes do
                }
            });
            assertThat(lines).as("lines of the response: status, one header, blank, two of body").isEqualTo(5);
            assertThat(server.openConnections()).as("connections still open before loop.close(): the client never closed its socket").isEqualTo(1);
            loop.close();
            assertThat(server.awaitAllClosedByClients(PATIENCE)).as("the server saw the socket close after loop.close()").isTrue();
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        @Test
        @DisplayName("a port nobody listens on raises ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', port)")
        void refused() throws IOException {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            Throwable thrown = loop.runUntilComplete(() -> catchThrowable(() -> Asyncio.openConnection("127.0.0.1", port)));
            assertThat(thrown).as("open_connection('127.0.0.1', %d) with nobody listening", port)
                    .isInstanceOf(ConnectionRefusedError.class).hasMessage("[Errno 111] Connect call failed ('127.0.0.1', " + port + ")");
        }

        @Test
        @DisplayName("a reset connection raises ConnectionResetError [Errno 104] from readline(), drain() and wait_closed()")
        void reset() {
            serve(request -> HttpReply.reset());
            List<Throwable> thrown = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(StreamFetch.request("/"));
                Throwable fromRead = catchThrowable(pair.reader()::readline);
                Throwable fromDrain = catchThrowable(pair.writer()::drain);
                Throwable fromWaitClosed = catchThrowable(pair.writer()::waitClosed);
                return java.util.Arrays.asList(fromRead, fromDrain, fromWaitClosed);
            });
            for (Throwable error : thrown) {
                assertThat(error).as("readline(), drain() and wait_closed() after the server reset the connection (RST)")
                        .isInstanceOf(ConnectionResetError.class).hasMessage("[Errno 104] Connection reset by peer");
            }
        }
    }
}
