package sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ConnectionRefusedError;
import support.HttpReply;
import support.LoopbackHttpServer;

@DisplayName("HttpGet.get, a GET over a raw socket")
@Tag("task-6")
class HttpGetSpec {
    private LoopbackHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private LoopbackHttpServer serve(HttpReply reply) {
        server = LoopbackHttpServer.start(request -> reply);
        return server;
    }

    @Nested
    @DisplayName("the request it sends")
    class Request {
        @Test
        @DisplayName("is 'GET <path> HTTP/1.1' with Host and Connection: close")
        void requestLine() throws IOException {
            serve(HttpReply.ok("x"));
            HttpGet.get(server.url("/books/1?lang=zh"));
            LoopbackHttpServer.Request request = server.requests().get(0);
            assertThat(List.of(request.method(), request.target(), request.version()))
                    .as("request line the server received: %s", request.head()).containsExactly("GET", "/books/1?lang=zh", "HTTP/1.1");
            assertThat(request.header("host")).as("Host header in %s", request.head()).isEqualTo("127.0.0.1:" + server.port());
            assertThat(request.header("connection")).as("Connection header in %s", request.head()).isEqualToIgnoringCase("close");
        }

        @Test
        @DisplayName("asks for / when the URL has no path")
        void rootPath() throws IOException {
            serve(HttpReply.ok("x"));
            HttpGet.get("http://127.0.0.1:" + server.port());
            assertThat(server.requests().get(0).target()).as("request target for a URL without a path").isEqualTo("/");
        }
    }

    @Nested
    @DisplayName("the response it returns")
    class Response {
        @Test
        @DisplayName("has the body of a Content-Length response, however the server's writes were cut")
        void contentLength() throws IOException {
            serve(HttpReply.ok("你好, 世界\r\n\r\nstill body").writeSizes(7, 5));
            HttpResponse response = HttpGet.get(server.url("/"));
            assertThat(List.of(response.status(), response.reason())).as("status and reason").containsExactly(200, "OK");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("body sent in writes of 1-5 bytes")
                    .isEqualTo("你好, 世界\r\n\r\nstill body");
        }

        @Test
        @DisplayName("has the body of a chunked response")
        void chunked() throws IOException {
            serve(HttpReply.ok("a chunked body that is longer than one chunk").chunked(4).writeSizes(3, 9));
            assertThat(new String(HttpGet.get(server.url("/")).body(), StandardCharsets.UTF_8)).as("chunked body")
                    .isEqualTo("a chunked body that is longer than one chunk");
        }

        @Test
        @DisplayName("has the body of a response that ends when the server closes")
        void untilClose() throws IOException {
            serve(HttpReply.ok("until EOF").untilClose().header("X-Kind", "eof"));
            HttpResponse response = HttpGet.get(server.url("/"));
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("body without a length").isEqualTo("until EOF");
            assertThat(response.header("x-kind")).as("header(\"x-kind\")").isEqualTo("eof");
        }

        @Test
        @DisplayName("has the status of a 404")
        void notFound() throws IOException {
            serve(HttpReply.status(404, "Not Found", "nothing here"));
            assertThat(HttpGet.get(server.url("/missing")).status()).as("status of a 404 response").isEqualTo(404);
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {
        @Test
        @DisplayName("a port nobody listens on raises ConnectionRefusedError [Errno 111]")
        void refused() throws IOException {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            assertThatThrownBy(() -> HttpGet.get("http://127.0.0.1:" + port + "/"),
                    "get('http://127.0.0.1:%d/') with nothing listening: CPython raises ConnectionRefusedError", port)
                    .isInstanceOf(ConnectionRefusedError.class).hasMessage("[Errno 111] Connection refused");
        }

        @Test
        @DisplayName("garbage instead of a status line raises BadStatusLine")
        void garbage() {
            serve(HttpReply.garbage("SSH-2.0-OpenSSH_9.6\r\n"));
            assertThatThrownBy(() -> HttpGet.get(server.url("/")),
                    "get(url) from a server that answers 'SSH-2.0-OpenSSH_9.6\\r\\n': http.client raises BadStatusLine")
                    .isInstanceOf(BadStatusLine.class)
                    .hasMessage("SSH-2.0-OpenSSH_9.6\r\n");
        }

        @Test
        @DisplayName("a server dying inside a chunk raises IncompleteRead")
        void truncatedChunk() {
            HttpReply reply = HttpReply.ok("0123456789abcdef").chunked(8);
            int cut = new String(reply.wireBytes(), StandardCharsets.ISO_8859_1).indexOf("89ab");
            serve(reply.closeAfter(cut + 2));
            assertThatThrownBy(() -> HttpGet.get(server.url("/")),
                    "get(url) from a server that hangs up inside the second chunk: http.client raises IncompleteRead")
                    .isInstanceOf(IncompleteRead.class)
                    .hasMessage("IncompleteRead(8 bytes read)");
        }

        @Test
        @DisplayName("a server that hangs up without a byte raises RemoteDisconnected")
        void remoteDisconnected() {
            serve(HttpReply.ok("never sent").closeAfter(0));
            assertThatThrownBy(() -> HttpGet.get(server.url("/")),
                    "get(url) from a server that hangs up without a byte: http.client raises RemoteDisconnected")
                    .isInstanceOf(RemoteDisconnected.class)
                    .hasMessage("Remote end closed connection without response");
        }
    }

    @Test
    @DisplayName("closes its socket when done, whatever happened")
    void closesSocket() throws IOException {
        serve(HttpReply.ok("x"));
        for (int i = 0; i < 5; i++) {
            HttpGet.get(server.url("/" + i));
        }
        boolean allClosed = server.awaitAllClosedByClients(Duration.ofSeconds(3));
        assertThat(allClosed).as("the server saw all 5 client sockets closed within 3 s (%d still open): close the socket "
                + "when the response is read, on every path", server.openConnections()).isTrue();
    }
}
