package sockets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one HTTP/1.x response from a byte stream, following the rules of Python's {@code http.client}. */
public final class HttpParser {
    private static final int CONTINUE = 100;

    private HttpParser() {
    }

    /** Status line, headers up to the FIRST blank line, then the body by chunks, Content-Length or EOF. */
    public static HttpResponse read(InputStream in) throws IOException {
        StatusLine statusLine = readStatusLine(in);
        while (statusLine.status() == CONTINUE) {
            // "100 Continue" only says "go on sending": http.client drops it with its headers and reads the real answer
            readHeaders(in);
            statusLine = readStatusLine(in);
        }
        List<Map.Entry<String, String>> headers = readHeaders(in);
        HttpResponse head = new HttpResponse(statusLine.status(), statusLine.reason(), List.copyOf(headers), new byte[0]);
        return new HttpResponse(head.status(), head.reason(), head.headers(), readBody(in, head));
    }

    private record StatusLine(int status, String reason) {
    }

    /** "HTTP/x.y NNN reason", checked the way http.client checks it. */
    private static StatusLine readStatusLine(InputStream in) throws IOException {
        String line = readLine(in);
        if (line.isEmpty()) {
            throw new RemoteDisconnected();
        }
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[0-9]{3}")) {
            throw new BadStatusLine(line);
        }
        int status = Integer.parseInt(parts[1]);
        if (status < CONTINUE) {
            throw new BadStatusLine(line);
        }
        return new StatusLine(status, parts.length == 3 ? parts[2].strip() : "");
    }

    private static List<Map.Entry<String, String>> readHeaders(InputStream in) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        while (true) {
            String line = readLine(in);
            // the head ends at the first blank line; a body full of "\r\n\r\n" is never looked at here
            if (line.isEmpty() || line.equals("\r\n") || line.equals("\n")) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) { // a line that starts with ':' names no header: Python's email parser drops it
                String value = line.substring(colon + 1).replaceAll("^[ \\t]+|[\\r\\n]+$", "");
                headers.add(Map.entry(line.substring(0, colon), value));
            }
        }
    }

    private static byte[] readBody(InputStream in, HttpResponse head) throws IOException {
        int status = head.status();
        String transfer = head.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (transfer != null && transfer.equalsIgnoreCase("chunked")) {
            return readChunked(in);
        }
        if (status == 204 || status == 304 || status < 200) {
            return new byte[0]; // these statuses never carry a body, whatever the headers say
        }
        Integer length = contentLength(head);
        if (length == null) {
            return in.readAllBytes(); // no length: the body is everything until the server closes
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IncompleteRead(body.length, length - body.length);
        }
        return body;
    }

    private static Integer contentLength(HttpResponse head) {
        String value = head.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Length"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (value == null || !value.strip().matches("[0-9]+")) {
            return null; // Python ignores a length it cannot parse, or a negative one
        }
        return Integer.parseInt(value.strip());
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            String size = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
            if (!size.matches("[0-9a-fA-F]+")) {
                throw new IncompleteRead(body.size());
            }
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                skipTrailer(in);
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            byte[] crlf = in.readNBytes(2);
            if (chunk.length < length) {
                throw new IncompleteRead(body.size()); // only whole chunks count as read
            }
            body.writeBytes(chunk);
            if (crlf.length < 2) {
                throw new IncompleteRead(body.size());
            }
        }
    }

    private static void skipTrailer(InputStream in) throws IOException {
        String line;
        do {
            line = readLine(in);
        } while (!line.isEmpty() && !line.equals("\r\n") && !line.equals("\n"));
    }

    /** One line including its "\n" (Latin-1, like Python's readline on a binary file); "" at EOF. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
