package asyncio;

import static asyncio.Coroutine.await;
import static asyncio.StreamFetch.bytes;
import static asyncio.StreamFetch.latin1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.BrokenPipeError;
import py.ConnectionRefusedError;
import py.TimeoutError;
import support.HttpReply;
import support.LoopbackHttpServer;
import support.OpenFiles;

@DisplayName("The transport under the streams: names, buffered bytes at close, half-close, resets and failed connects")
@Tag("task-9")
class TransportSpec extends OnRealLoop {
    /** Far more than loopback's kernel buffers hold, so that part of it waits in the transport's own buffer. */
    static final int UPLOAD = 16 * 1024 * 1024;

    /** Inside a coroutine: the body's result, or an AssertionError saying what did not happen in {@code seconds} (real time). */
    <T> T within(double seconds, String what, Body<T> body) {
        try {
            return await(Asyncio.waitFor(loop.createTask(body), seconds));
        } catch (TimeoutError stuck) {
            throw new AssertionError(what + " had not happened after " + seconds + " s");
        }
    }

    static byte[] upload() {
        byte[] body = new byte[UPLOAD];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31 + (i >>> 16));
        }
        return body;
    }

    @Nested
    @DisplayName("writing")
    class Writing {

        @Test
        @DisplayName("open_connection('localhost', port) looks the name up off the loop and connects")
        void hostName() {
            LoopbackHttpServer server = keep(LoopbackHttpServer.start(request -> HttpReply.ok("hello")));
            String status = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("localhost", server.port());
                pair.writer().write(StreamFetch.request("/"));
                String line = latin1(pair.reader().readline());
                pair.writer().close();
                return line;
            });
            assertThat(status).as("the status line read over open_connection('localhost', %d)", server.port()).isEqualTo("HTTP/1.1 200 OK\r\n");
        }

        @Test
        @DisplayName("writelines() sends the pieces one after another, as one write")
        void writelines() {
            LoopbackHttpServer server = keep(LoopbackHttpServer.start(request -> HttpReply.ok("hello")));
            String answer = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().writelines(List.of(bytes("GET /lines HTTP/1.1\r\n"), bytes("Host: 127.0.0.1\r\n"), bytes("Connection: close\r\n\r\n")));
                String all = within(5, "the answer to a request sent with writelines()", () -> latin1(pair.reader().read(-1)));
                pair.writer().close();
                return all;
            });
            assertThat(server.requests()).as("requests the server read").hasSize(1);
            assertThat(server.requests().get(0).head()).as("the request writelines() sent in three pieces")
                    .isEqualTo("GET /lines HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: close");
            assertThat(answer).as("the answer").endsWith("\r\n\r\nhello");
        }

        @Test
        @Timeout(30)
        @DisplayName("close() with bytes still buffered sends them all first, then closes: wait_closed() returns")
        void closeFlushesFirst() {
            LoopbackHttpServer server = keep(LoopbackHttpServer.start(request -> HttpReply.ok("got " + request.body().length)));
            server.delayBodyReads(Duration.ofMillis(300));
            byte[] body = upload();
            int buffered = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", server.port());
                pair.writer().write(bytes("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + UPLOAD + "\r\n\r\n"));
                pair.writer().write(body);
                int left = pair.writer().transport().getWriteBufferSize();
                pair.writer().close();
                within(15, "wait_closed() after close() with " + left + " bytes buffered (send them, then close the socket)", () -> {
                    pair.writer().waitClosed();
                    return null;
                });
                return left;
            });
            assertThat(buffered).as("bytes still buffered when close() was called (the server naps before reading)").isPositive();
            assertThat(server.awaitRequests(1, PATIENCE)).as("the server read the whole upload").isTrue();
            assertThat(Arrays.mismatch(server.requests().get(0).body(), body))
                    .as("first index where the upload the server read differs from what was written before close() (-1: none)").isEqualTo(-1);
        }

        @Test
        @Timeout(30)
        @DisplayName("write_eof() with bytes still buffered sends them all first, then the FIN")
        void writeEofFlushesFirst() {
            RawPeer peer = keep(RawPeer.start(socket -> {
                Thread.sleep(300); // let the client's buffer fill up
                long received = socket.getInputStream().transferTo(OutputStream.nullOutputStream());
                socket.getOutputStream().write(bytes("got " + received));
            }));
            List<Object> seen = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", peer.port());
                pair.writer().write(upload());
                int left = pair.writer().transport().getWriteBufferSize();
                pair.writer().writeEof();
                String answer = within(15, "the peer's answer, which it sends once it has read to the FIN", () -> latin1(pair.reader().read(-1)));
                pair.writer().close();
                return List.of(left, answer);
            });
            assertThat((Integer) seen.get(0)).as("bytes still buffered when write_eof() was called").isPositive();
            assertThat(seen.get(1)).as("what a peer that reads until the FIN received").isEqualTo("got " + UPLOAD);
        }
    }

    @Nested
    @DisplayName("ending")
    class Ending {

        @Test
        @DisplayName("close() ends a read that another task is waiting in, with EOF (b'')")
        void closeWakesTheReader() {
            RawPeer peer = keep(RawPeer.start(socket -> socket.getInputStream().transferTo(OutputStream.nullOutputStream())));
            String seen = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", peer.port());
                Task<byte[]> reading = loop.createTask(pair.reader()::readline);
                Asyncio.sleep(0);
                pair.writer().close();
                byte[] line = within(5, "the end of a readline() that waited while the writer was closed", () -> await(reading));
                return py.Repr.of(latin1(line)) + ", at_eof() " + pair.reader().atEof();
            });
            assertThat(seen).as("readline() waiting in another task when writer.close() is called: connection_lost(None) "
                    + "feeds EOF to the reader, as in CPython").isEqualTo("'', at_eof() true");
        }

        @Test
        @Timeout(30)
        @DisplayName("a reset while writing is paused fails the waiting drain(), wait_closed() and later reads with BrokenPipeError")
        void resetWhilePaused() {
            CountDownLatch resetNow = new CountDownLatch(1);
            RawPeer peer = keep(RawPeer.start(socket -> {
                socket.shutdownOutput(); // FIN first: the client's reader sees EOF and stops reading
                resetNow.await();
                socket.setSoLinger(true, 0); // closing now sends RST, with the client's upload unread
            }));
            List<Object> seen = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", peer.port());
                pair.writer().write(upload());
                int buffered = pair.writer().transport().getWriteBufferSize();
                byte[] rest = pair.reader().read(-1);
                resetNow.countDown();
                Throwable fromDrain = within(10, "the end of a paused drain() after the peer reset the connection",
                        () -> catchThrowable(pair.writer()::drain));
                return Arrays.asList(buffered, rest.length, fromDrain, pair.writer().isClosing(),
                        catchThrowable(pair.writer()::waitClosed), catchThrowable(() -> pair.reader().read(1)));
            });
            assertThat((Integer) seen.get(0)).as("bytes buffered after writing 16 MB to a peer that reads nothing: more than "
                    + "64 KiB, so writing is paused").isGreaterThan(64 * 1024);
            assertThat(seen.get(1)).as("length of read(-1) after the peer's FIN").isEqualTo(0);
            for (int i : new int[] {2, 4, 5}) {
                assertThat((Throwable) seen.get(i)).as(List.of("", "", "drain()", "", "wait_closed()", "read(1)").get(i)
                        + " after the reset of a half-closed connection (Linux says EPIPE, as CPython reports it): the writer "
                        + "callback's failed send ends the connection with that error")
                        .isInstanceOf(BrokenPipeError.class).hasMessage("[Errno 32] Broken pipe");
            }
            assertThat(seen.get(3)).as("is_closing() after the connection broke").isEqualTo(true);
        }

        @Test
        @DisplayName("a write() that finds the connection reset ends it with that error, even when the reader no longer watches")
        void writeFindsTheReset() {
            CountDownLatch resetNow = new CountDownLatch(1);
            RawPeer peer = keep(RawPeer.start(socket -> {
                socket.shutdownOutput(); // FIN first: the client's reader sees EOF and stops watching the socket
                resetNow.await();
                socket.setSoLinger(true, 0); // closing now sends RST
            }));
            List<Object> seen = loop.runUntilComplete(() -> {
                StreamPair pair = Asyncio.openConnection("127.0.0.1", peer.port());
                byte[] rest = pair.reader().read(-1);
                resetNow.countDown();
                int writes = 0;
                while (!pair.writer().isClosing() && writes < 300) {
                    pair.writer().write(bytes("ping\n")); // each goes straight to the kernel: nothing is buffered
                    writes++;
                    Asyncio.sleep(0.01);
                }
                boolean closing = pair.writer().isClosing();
                return Arrays.asList(rest.length, closing, closing ? catchThrowable(pair.writer()::waitClosed) : null);
            });
            assertThat(seen.get(0)).as("length of read(-1) after the peer's FIN").isEqualTo(0);
            assertThat(seen.get(1)).as("is_closing() after writing 'ping\\n' every 0.01 s, up to 300 times, to a peer that "
                    + "reset the connection: the send that fails must end the connection (CPython's write() calls "
                    + "_fatal_error), since nothing else watches this socket any more").isEqualTo(true);
            assertThat((Throwable) seen.get(2)).as("wait_closed() after that failed send (Linux says EPIPE for a reset of a "
                    + "half-closed connection)").isInstanceOf(BrokenPipeError.class).hasMessage("[Errno 32] Broken pipe");
        }
    }

    @Test
    @DisplayName("a refused or abandoned connect leaves no socket open")
    void failedConnectsCloseTheirSockets() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        long before = OpenFiles.count();
        List<Throwable> refused = loop.runUntilComplete(() -> {
            List<Throwable> out = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                out.add(catchThrowable(() -> Asyncio.openConnection("127.0.0.1", closedPort)));
            }
            return out;
        });
        long afterRefused = OpenFiles.count();
        assertThat(refused).as("20 open_connection() calls to a port nobody listens on").allSatisfy(
                thrown -> assertThat(thrown).isInstanceOf(ConnectionRefusedError.class));
        assertThat(afterRefused - before).as("file descriptors left open by those 20 refused connects (before: %d, after: %d): "
                + "close the socket whose connect failed", before, afterRefused).isLessThan(5);
        List<Throwable> abandoned;
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket first = new Socket(InetAddress.getLoopbackAddress(), full.getLocalPort());
             Socket second = new Socket(InetAddress.getLoopbackAddress(), full.getLocalPort())) {
            // The listener accepts nobody and its queue is full: the kernel ignores further SYNs, so connects hang.
            abandoned = loop.runUntilComplete(() -> {
                List<Throwable> out = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    out.add(catchThrowable(() -> await(Asyncio.waitFor(
                            loop.createTask(() -> Asyncio.openConnection("127.0.0.1", full.getLocalPort())), 0.1))));
                }
                return out;
            });
        }
        long afterAbandoned = OpenFiles.count();
        assertThat(abandoned).as("8 wait_for(open_connection(...), 0.1) calls to a listener whose queue is full").allSatisfy(
                thrown -> assertThat(thrown).isInstanceOfAny(TimeoutError.class, ConnectionRefusedError.class));
        assertThat(afterAbandoned - afterRefused).as("file descriptors left open by those 8 connects, cancelled while they "
                + "waited (before: %d, after: %d): close the socket when the await is cancelled", afterRefused, afterAbandoned)
                .isLessThan(4);
    }
}
