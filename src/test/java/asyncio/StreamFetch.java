package asyncio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over the learner's streams, for the specs and the stream benchmark: the notes' get_url,
 * written the careful way (drain after writing, readexactly for a body with a Content-Length, close).
 * Every method that reads must run inside a coroutine.
 */
public final class StreamFetch {
    /** A response: the status line and header lines (each with its \r\n), and the body. */
    public record Response(List<String> head, byte[] body) {
        public String statusLine() {
            return head.get(0);
        }

        public String text() {
            return latin1(body);
        }
    }

    private StreamFetch() {
    }

    /** {@code GET <target> HTTP/1.1} with {@code Connection: close}, as bytes. */
    public static byte[] request(String target) {
        return bytes("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** Inside a coroutine: readline() until the blank line; returns the lines before it. */
    public static List<String> readHead(StreamReader reader) {
        List<String> head = new ArrayList<>();
        for (String line = latin1(reader.readline()); !line.equals("\r\n"); line = latin1(reader.readline())) {
            if (line.isEmpty()) {
                throw new IllegalStateException("the stream ended inside the response head, after " + head);
            }
            head.add(line);
        }
        return head;
    }

    /** The Content-Length header of a head read by {@link #readHead}, or -1. */
    public static int contentLength(List<String> head) {
        for (String line : head) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return -1;
    }

    /** Inside a coroutine: one GET on a fresh connection, closed afterwards. */
    public static Response get(int port, String target) {
        StreamPair pair = Asyncio.openConnection("127.0.0.1", port);
        try {
            pair.writer().write(request(target));
            pair.writer().drain();
            List<String> head = readHead(pair.reader());
            return new Response(head, pair.reader().readexactly(contentLength(head)));
        } finally {
            pair.writer().close();
        }
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static String latin1(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }
}
