package selectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.BlockingIOError;
import py.BrokenPipeError;
import py.ConnectionRefusedError;
import py.OSError;
import support.Golden;

@DisplayName("A non-blocking socket, the Python way")
@Tag("task-1")
class NonBlockingSocketSpec {

    @Nested
    @DisplayName("connecting to a listening server")
    class Listening {
        @Test
        @DisplayName("connect() raises BlockingIOError [Errno 115]: the connection is in progress, not done")
        void connectInProgress() throws IOException {
            try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                 NonBlockingSocket socket = NonBlockingSocket.create()) {
                assertThatThrownBy(() -> socket.connect((InetSocketAddress) server.getLocalSocketAddress()),
                        "s.connect(addr) on a non-blocking socket, addr listening: CPython raises BlockingIOError [Errno 115]")
                        .isInstanceOf(BlockingIOError.class).hasMessage("[Errno 115] Operation now in progress");
            }
        }

        @Test
        @DisplayName("recv() with nothing to read raises BlockingIOError [Errno 11] instead of waiting")
        @SuppressWarnings("try") // a resource closed early on purpose, or held open without being read
        void recvWouldBlock() throws Exception {
            try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                 NonBlockingSocket socket = NonBlockingSocket.create()) {
                connectQuietly(socket, (InetSocketAddress) server.getLocalSocketAddress());
                try (Socket peer = server.accept()) {
                    socket.awaitConnected();
                    assertThatThrownBy(() -> socket.recv(10),
                            "s.recv(10) on a connected non-blocking socket with nothing to read: CPython raises BlockingIOError [Errno 11]")
                            .isInstanceOf(BlockingIOError.class)
                            .hasMessage("[Errno 11] Resource temporarily unavailable");
                    peer.getOutputStream().write("hi".getBytes(StandardCharsets.ISO_8859_1));
                    peer.close();
                    assertThat(readAll(socket)).as("what recv() returns once the peer sent 'hi' and closed").isEqualTo("hi");
                    assertThat(socket.recv(10)).as("recv() after EOF returns b'' (an empty array), not an error").isEmpty();
                }
            }
        }

        @Test
        @DisplayName("send() fills the socket's buffer and then raises BlockingIOError [Errno 11]; select then says not writable")
        @SuppressWarnings("try") // a resource closed early on purpose, or held open without being read
        void sendWouldBlock() throws Exception {
            try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                 NonBlockingSocket socket = NonBlockingSocket.create()) {
                connectQuietly(socket, (InetSocketAddress) server.getLocalSocketAddress());
                try (Socket peer = server.accept()) { // the peer never reads
                    socket.awaitConnected();
                    assertThat(socket.channel().isBlocking()).as("the channel underneath, as a Selector needs it").isFalse();
                    assertThat(socket.send(new byte[0])).as("send(b'') sends nothing and raises nothing").isZero();
                    byte[] chunk = new byte[64 * 1024];
                    long sent = 0;
                    BlockingIOError full = null;
                    for (int i = 0; i < 10_000 && full == null; i++) {
                        try {
                            sent += socket.send(chunk);
                        } catch (BlockingIOError wouldBlock) {
                            full = wouldBlock;
                        }
                    }
                    assertThat((Throwable) full).as("send() after %d bytes the peer never read", sent)
                            .isNotNull().hasMessage("[Errno 11] Resource temporarily unavailable");
                    assertThat(socket.waitWritable(Duration.ofMillis(50))).as("select() for writing while the buffer is full")
                            .isFalse();
                }
            }
        }
    }

    @Nested
    @DisplayName("a socket that never connected")
    class Unconnected {
        @Test
        @DisplayName("send() raises BrokenPipeError [Errno 32]")
        void send() {
            try (NonBlockingSocket socket = NonBlockingSocket.create()) {
                assertThatThrownBy(() -> socket.send(new byte[] {1}),
                        "s.send(b'\\x01') on a socket that never connected: CPython raises BrokenPipeError [Errno 32]")
                        .isInstanceOf(BrokenPipeError.class).hasMessage("[Errno 32] Broken pipe");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        @Test
        @DisplayName("close() closes the channel underneath")
        void close() throws IOException {
            NonBlockingSocket socket = NonBlockingSocket.create();
            socket.close();
            assertThat(socket.channel().isOpen()).as("socket.close(); is the channel still open?").isFalse();
        }

        @Test
        @DisplayName("recv() raises OSError [Errno 107]")
        void recv() throws IOException {
            try (NonBlockingSocket socket = NonBlockingSocket.create()) {
                assertThatThrownBy(() -> socket.recv(1),
                        "s.recv(1) on a socket that never connected: CPython raises OSError [Errno 107], no subclass")
                        .isExactlyInstanceOf(OSError.class)
                        .hasMessage("[Errno 107] Transport endpoint is not connected");
            }
        }
    }

    @Nested
    @DisplayName("a refused connection")
    class Refused {
        @Test
        @DisplayName("still looks writable, and SO_ERROR says 111 once, then 0")
        void looksWritable() throws IOException {
            try (NonBlockingSocket socket = NonBlockingSocket.create()) {
                connectQuietly(socket, Loopback.closedPort());
                assertThat(socket.waitWritable(Duration.ofSeconds(2)))
                        .as("waitWritable() after a refused connect: select reports the socket ready, though nothing can be sent").isTrue();
                assertThat(socket.soError()).as("getsockopt(SO_ERROR) after the refusal").isEqualTo(111);
                assertThat(socket.soError()).as("getsockopt(SO_ERROR) again: reading it cleared it").isZero();
                assertThatThrownBy(() -> socket.send(new byte[] {1}), "send() after the refusal was reported")
                        .isInstanceOf(BrokenPipeError.class).hasMessage("[Errno 32] Broken pipe");
            }
        }

        @Test
        @DisplayName("makes the first send() raise ConnectionRefusedError [Errno 111]")
        void firstSendRaises() throws IOException {
            try (NonBlockingSocket socket = NonBlockingSocket.create()) {
                connectQuietly(socket, Loopback.closedPort());
                socket.waitWritable(Duration.ofSeconds(2));
                assertThatThrownBy(() -> socket.send(new byte[] {1}),
                        "s.send(b'\\x01'), the first send after a refused connect: CPython raises ConnectionRefusedError [Errno 111]")
                        .isInstanceOf(ConnectionRefusedError.class)
                        .hasMessage("[Errno 111] Connection refused");
            }
        }

        @Test
        @Timeout(5)
        @DisplayName("makes awaitConnected() raise ConnectionRefusedError, where the notes' send loop spins forever")
        void awaitConnectedSurfacesTheError() throws IOException {
            try (NonBlockingSocket socket = NonBlockingSocket.create()) {
                connectQuietly(socket, Loopback.closedPort());
                assertThatThrownBy(socket::awaitConnected,
                        "awaitConnected() after a refused connect: ConnectionRefusedError [Errno 111], as CPython's first send() raises")
                        .isInstanceOf(ConnectionRefusedError.class)
                        .hasMessage("[Errno 111] Connection refused");
            }
        }
    }

    @Test
    @DisplayName("agrees with CPython on 240 generated scripts of send/recv/SO_ERROR/select")
    void golden() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject script : Golden.cases("selectors", "nonblocking_scripts.json")) {
            List<String> expected = new ArrayList<>();
            script.getAsJsonArray("results").forEach(r -> expected.add(r.getAsString()));
            List<String> actual = replay(script);
            if (!actual.equals(expected) && mismatches.size() < 4) {
                mismatches.add(script.get("scenario").getAsString() + " " + script.get("steps")
                        + "\n   python: " + expected + "\n   yours:  " + actual);
            }
        }
        assertThat(mismatches).as("NonBlockingSocket versus CPython's socket (first mismatches)").isEmpty();
    }

    private static List<String> replay(JsonObject script) throws Exception {
        String scenario = script.get("scenario").getAsString();
        List<String> results = new ArrayList<>();
        ServerSocket server = scenario.equals("silent") || scenario.equals("hello")
                ? new ServerSocket(0, 5, InetAddress.getLoopbackAddress()) : null;
        Socket peer = null;
        try (NonBlockingSocket socket = NonBlockingSocket.create()) {
            if (!scenario.equals("unconnected")) {
                InetSocketAddress address = server != null ? (InetSocketAddress) server.getLocalSocketAddress() : Loopback.closedPort();
                results.add(outcome(() -> {
                    socket.connect(address);
                    return "None";
                }));
                if (server != null) {
                    peer = server.accept();
                    if (scenario.equals("hello")) {
                        OutputStream out = peer.getOutputStream();
                        out.write("hello".getBytes(StandardCharsets.ISO_8859_1));
                        peer.close();
                    }
                    Thread.sleep(20); // like the generator: let loopback deliver what the peer sent
                }
            }
            for (JsonElement step : script.getAsJsonArray("steps")) {
                String op = step.getAsJsonArray().get(0).getAsString();
                int size = step.getAsJsonArray().get(1).getAsInt();
                results.add(outcome(() -> switch (op) {
                    case "send" -> String.valueOf(socket.send("x".repeat(size).getBytes(StandardCharsets.ISO_8859_1)));
                    case "recv" -> new String(socket.recv(size), StandardCharsets.ISO_8859_1);
                    case "soerror" -> String.valueOf(socket.soError());
                    default -> socket.waitWritable(Duration.ofMillis(500)) ? "writable" : "not writable";
                }));
            }
        } finally {
            if (peer != null) {
                peer.close();
            }
            if (server != null) {
                server.close();
            }
        }
        return results;
    }

    private interface Step {
        String run() throws IOException;
    }

    private static String outcome(Step step) {
        try {
            return "ok " + step.run();
        } catch (OSError e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (IOException e) {
            return "Java " + e;
        }
    }

    private static void connectQuietly(NonBlockingSocket socket, InetSocketAddress address) throws IOException {
        try {
            socket.connect(address);
        } catch (BlockingIOError expected) {
            // in progress, as it should be
        }
    }

    private static String readAll(NonBlockingSocket socket) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        for (int attempt = 0; attempt < 500 && text.length() < 2; attempt++) {
            try {
                text.append(new String(socket.recv(10), StandardCharsets.ISO_8859_1));
            } catch (BlockingIOError notYet) {
                Thread.sleep(5);
            }
        }
        return text.toString();
    }
}
