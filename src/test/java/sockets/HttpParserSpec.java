package sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import support.Golden;
import support.HttpReply;

@DisplayName("HttpParser.read, like http.client.HTTPResponse")
@Tag("task-5")
class HttpParserSpec {

    static HttpResponse parse(String raw) throws IOException {
        return HttpParser.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Nested
    @DisplayName("splitting the head from the body")
    class HeadAndBody {
        @Test
        @DisplayName("splits at the FIRST blank line only: a body full of \\r\\n\\r\\n stays whole (the notes split it)")
        void firstBlankLineOnly() throws IOException {
            HttpResponse response = parse("HTTP/1.1 200 OK\r\nServer: t\r\n\r\npart one\r\n\r\npart two\r\n\r\n");
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).as("body of a response without a length")
                    .isEqualTo("part one\r\n\r\npart two\r\n\r\n");
            assertThat(response.headers()).as("headers").containsExactly(Map.entry("Server", "t"));
        }

        @Test
        @DisplayName("reads exactly Content-Length bytes, even if more follow")
        void contentLength() throws IOException {
            HttpResponse response = parse("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcdef");
            assertThat(response.body()).as("body with Content-Length: 3").isEqualTo("abc".getBytes(StandardCharsets.ISO_8859_1));
        }

        @Test
        @DisplayName("decodes a chunked body, with chunk extensions and a trailer")
        void chunked() throws IOException {
            HttpResponse response = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;name=x\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n");
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).as("chunked body").isEqualTo("hello, world");
        }

        @Test
        @DisplayName("gives 204 No Content an empty body whatever Content-Length says")
        void noContent() throws IOException {
            assertThat(parse("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello").body()).as("body of a 204").isEmpty();
        }
    }

    @Nested
    @DisplayName("the status line and headers")
    class StatusAndHeaders {
        @Test
        @DisplayName("parses status and reason")
        void status() throws IOException {
            HttpResponse response = parse("HTTP/1.0 404 Not Found\r\n\r\n");
            assertThat(List.of(response.status(), response.reason())).as("status and reason of 'HTTP/1.0 404 Not Found'")
                    .containsExactly(404, "Not Found");
        }

        @Test
        @DisplayName("looks headers up case-insensitively and joins repeats with ', ', like getheader()")
        void caseInsensitive() throws IOException {
            HttpResponse response = parse("HTTP/1.1 200 OK\r\nX-Tag: a\r\ncontent-length: 0\r\nx-TAG: b\r\n\r\n");
            assertThat(response.header("CONTENT-LENGTH")).as("header(\"CONTENT-LENGTH\")").isEqualTo("0");
            assertThat(response.header("x-tag")).as("header(\"x-tag\") with two X-Tag lines").isEqualTo("a, b");
            assertThat(response.header("Missing")).as("header(\"Missing\")").isNull();
        }

        @Test
        @DisplayName("keeps a NUL byte inside a header value: a line ends at \\n, not at a zero byte")
        void nulByte() throws IOException {
            HttpResponse response = parse("HTTP/1.1 200 OK\r\nX-Null: a\u0000b\r\nContent-Length: 2\r\n\r\nhi");
            assertThat(response.header("X-Null")).as("getheader('X-Null') of 'a\\x00b', as http.client gives it").isEqualTo("a\u0000b");
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).as("the body after it").isEqualTo("hi");
        }
    }

    @Nested
    @DisplayName("what http.client skips")
    class Skipped {
        @Test
        @DisplayName("skips interim 100 Continue answers with their headers: the status line after them is the answer")
        void interimContinue() throws IOException {
            HttpResponse response = parse("HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
                    + "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");
            assertThat(List.of(response.status(), response.reason()))
                    .as("status and reason after two '100 Continue' answers: http.client reads past every status 100")
                    .containsExactly(201, "Created");
            assertThat(response.headers()).as("headers: those of the interim answers are thrown away")
                    .containsExactly(Map.entry("Content-Length", "2"));
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).as("the body of the real answer").isEqualTo("ok");
        }

        @Test
        @DisplayName("a 100 Continue and then nothing raises RemoteDisconnected: the real answer never came")
        void continueThenClose() {
            assertThatThrownBy(() -> parse("HTTP/1.1 100 Continue\r\n\r\n"), "a response that ends after its 100 Continue")
                    .isInstanceOf(RemoteDisconnected.class)
                    .hasMessage("Remote end closed connection without response");
        }

        @Test
        @DisplayName("drops a header line that starts with ':', which names no header, and keeps the others")
        void namelessHeader() throws IOException {
            HttpResponse response = parse("HTTP/1.1 200 OK\r\n:nameless\r\nA: b\r\n: x\r\nContent-Length: 2\r\n\r\nhi");
            assertThat(response.headers()).as("headers around ':nameless' and ': x' lines, as getheaders() lists them"
                    + " (Python's email parser drops a line with no name before its colon)")
                    .containsExactly(Map.entry("A", "b"), Map.entry("Content-Length", "2"));
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).as("the body after them").isEqualTo("hi");
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("a malformed status line raises BadStatusLine carrying the line")
        void badStatusLine() {
            assertThatThrownBy(() -> parse("HTTX/1.1 200 OK\r\n\r\n"),
                    "parse('HTTX/1.1 200 OK\\r\\n\\r\\n'): http.client raises BadStatusLine")
                    .isInstanceOf(BadStatusLine.class)
                    .hasMessage("HTTX/1.1 200 OK\r\n");
        }

        @Test
        @DisplayName("a truncated chunk raises IncompleteRead counting only whole chunks")
        void truncatedChunk() {
            assertThatThrownBy(() -> parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n5\r\nab"),
                    "parse() of a chunked body cut inside its second chunk: http.client raises IncompleteRead")
                    .isInstanceOf(IncompleteRead.class).hasMessage("IncompleteRead(3 bytes read)");
        }

        @Test
        @DisplayName("a short Content-Length body raises IncompleteRead saying how much is missing")
        void shortBody() {
            assertThatThrownBy(() -> parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"),
                    "parse() of 'Content-Length: 10' followed by 3 bytes: http.client raises IncompleteRead")
                    .isInstanceOf(IncompleteRead.class).hasMessage("IncompleteRead(3 bytes read, 7 more expected)");
        }

        @Test
        @DisplayName("no bytes at all raises RemoteDisconnected, a ConnectionResetError")
        void nothing() {
            assertThatThrownBy(() -> parse(""), "parse(''): http.client raises RemoteDisconnected, a ConnectionResetError")
                    .isInstanceOf(RemoteDisconnected.class)
                    .isInstanceOf(py.ConnectionResetError.class)
                    .hasMessage("Remote end closed connection without response");
        }
    }

    @Test
    @DisplayName("agrees with CPython's http.client on 500 generated responses, some behind 100 Continue answers")
    void golden() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("sockets", "http_responses.json")) {
            byte[] raw = Base64.getDecoder().decode(golden.get("raw").getAsString());
            String expected = expected(golden);
            String actual = actual(raw, golden.has("lookup") ? golden.get("lookup").getAsString() : "Server");
            if (!actual.equals(expected) && mismatches.size() < 4) {
                mismatches.add("response " + new String(raw, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n")
                        + "\n   python: " + expected + "\n   yours:  " + actual);
            }
        }
        assertThat(mismatches).as("HttpParser.read versus http.client (first mismatches)").isEmpty();
    }

    private static String expected(JsonObject golden) {
        if (golden.has("error")) {
            return golden.get("error").getAsString() + ": " + golden.get("message").getAsString();
        }
        List<String> headers = new ArrayList<>();
        for (JsonElement pair : golden.getAsJsonArray("headers")) {
            headers.add(pair.getAsJsonArray().get(0).getAsString() + "=" + pair.getAsJsonArray().get(1).getAsString());
        }
        JsonElement value = golden.get("lookupValue");
        return golden.get("status").getAsInt() + " '" + golden.get("reason").getAsString() + "' " + headers
                + " getheader(" + golden.get("lookup").getAsString() + ")=" + (value.isJsonNull() ? "None" : value.getAsString())
                + " body=" + golden.get("body").getAsString();
    }

    private static String actual(byte[] raw, String lookup) {
        try {
            HttpResponse response = HttpParser.read(new ByteArrayInputStream(raw));
            List<String> headers = response.headers().stream().map(h -> h.getKey() + "=" + h.getValue()).toList();
            String value = response.header(lookup);
            return response.status() + " '" + response.reason() + "' " + headers
                    + " getheader(" + lookup + ")=" + (value == null ? "None" : value)
                    + " body=" + Base64.getEncoder().encodeToString(response.body());
        } catch (HttpException | RemoteDisconnected e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (IOException e) {
            return "IOException " + e;
        }
    }

    @Test
    @DisplayName("chunkingIsInvisible: any body, cut into chunks of any size, parses back byte for byte")
    void chunkingIsInvisible() {
        qt().withShrinkCycles(200).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300), integers().between(1, 64))
                .checkAssert((values, chunk) -> {
                    byte[] body = new byte[values.size()];
                    for (int i = 0; i < body.length; i++) {
                        body[i] = (byte) (int) values.get(i);
                    }
                    byte[] wire = HttpReply.ok(body).chunked(chunk).wireBytes();
                    try {
                        assertThat(HttpParser.read(new ByteArrayInputStream(wire)).body())
                                .as("a %d-byte body in chunks of %d", body.length, chunk).isEqualTo(body);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
