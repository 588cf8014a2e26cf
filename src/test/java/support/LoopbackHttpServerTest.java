package support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shared loopback server does what the specs rely on. Uses plain blocking sockets only. */
@DisplayName("The shared loopback HTTP server")
class LoopbackHttpServerTest {

    private static Socket send(LoopbackHttpServer server, String target) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return socket;
    }

    private static String get(LoopbackHttpServer server, String target) throws IOException {
        try (Socket socket = send(server, target)) {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    @DisplayName("logs requests and answers with Content-Length framing, then sees the client close")
    void basics() throws IOException {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("hi " + request.target()))) {
            assertThat(get(server, "/a")).as("raw response").isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhi /a");
            assertThat(server.requests()).as("request log").hasSize(1);
            assertThat(server.requests().get(0).header("HOST")).as("header lookup ignores case").isEqualTo("x");
            assertThat(server.awaitAllClosedByClients(Duration.ofSeconds(5))).as("client close observed").isTrue();
            assertThat(server.peakInFlight()).as("peak for one request").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("frames chunked and until-close bodies, and can cut the response short")
    void framing() throws IOException {
        assertThat(new String(HttpReply.ok("abcde").chunked(2).wireBytes(), StandardCharsets.ISO_8859_1))
                .as("chunked wire bytes").endsWith("\r\n\r\n2\r\nab\r\n2\r\ncd\r\n1\r\ne\r\n0\r\n\r\n");
        assertThat(new String(HttpReply.ok("abc").untilClose().wireBytes(), StandardCharsets.ISO_8859_1))
                .as("until-close wire bytes").isEqualTo("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabc");
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("abcdef").closeAfter(9))) {
            assertThat(get(server, "/")).as("response cut after 9 bytes").isEqualTo("HTTP/1.1 ");
        }
    }

    @Test
    @DisplayName("the gate holds answers until N requests are in flight, so the peak is N")
    void gate() throws IOException {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("x"))) {
            server.releaseWhenInFlight(5, Duration.ofSeconds(5));
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sockets.add(send(server, "/" + i));
            }
            for (Socket socket : sockets) {
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)).as("response").endsWith("x");
                socket.close();
            }
            assertThat(server.peakInFlight()).as("peak with 5 concurrent clients behind the gate").isEqualTo(5);
        }
    }

    @Test
    @DisplayName("the quiet gate releases a client that waits for each answer before asking again, which shows a peak of 1")
    void quietGate() throws IOException {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("x"))) {
            server.holdUntilInFlight(5, Duration.ofMillis(200));
            for (int i = 0; i < 3; i++) {
                assertThat(get(server, "/" + i)).as("response %d to a client that asks one at a time", i).endsWith("x");
            }
            assertThat(server.peakInFlight()).as("peak of a client that asks one at a time").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("close() ends every server thread, even with a client that never closes")
    void closeEndsThreads() throws Exception {
        LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("x"));
        Socket lingering = send(server, "/");
        assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).as("request arrived").isTrue();
        server.close();
        lingering.close();
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("loopback-http")).toList())
                .as("server threads after close()").isEmpty();
    }
}
