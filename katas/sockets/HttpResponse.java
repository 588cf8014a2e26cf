package sockets;

import java.util.List;
import java.util.Map;

/**
 * A parsed HTTP response, like Python's {@code http.client.HTTPResponse} after {@code read()}.
 * Headers keep the server's order and spelling; look them up with {@link #header(String)}.
 */
public record HttpResponse(int status, String reason, List<Map.Entry<String, String>> headers, byte[] body) {

    /** {@code response.getheader(name)}: case-insensitive; repeated headers joined with ", "; null if absent. */
    public String header(String name) {
        throw new UnsupportedOperationException("TODO(task 5): look a header up like getheader() - see katas/sockets/README.md#task-5");
    }
}
