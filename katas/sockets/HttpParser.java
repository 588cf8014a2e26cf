package sockets;

import java.io.IOException;
import java.io.InputStream;

/** Reads one HTTP/1.x response from a byte stream, following the rules of Python's {@code http.client}. */
public final class HttpParser {
    private HttpParser() {
    }

    /** Status line, headers up to the first blank line, then the body by chunks, Content-Length or EOF. */
    public static HttpResponse read(InputStream in) throws IOException {
        throw new UnsupportedOperationException("TODO(task 5): parse an HTTP response like http.client - see katas/sockets/README.md#task-5");
    }
}
