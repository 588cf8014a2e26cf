package sockets;

import java.io.IOException;

/** The notes' {@code get_url}, done right: an HTTP/1.1 GET over a plain socket. */
public final class HttpGet {
    private HttpGet() {
    }

    /** Fetches an {@code http://host[:port][/path]} URL and parses the response. */
    public static HttpResponse get(String url) throws IOException {
        throw new UnsupportedOperationException("TODO(task 6): send a GET over a socket and parse the answer - see katas/sockets/README.md#task-6");
    }
}
