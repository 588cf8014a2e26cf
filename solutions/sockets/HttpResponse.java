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
        List<String> values = headers.stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .toList();
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
