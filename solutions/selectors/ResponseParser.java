package selectors;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Turns the bytes of a whole response (read until EOF) into a {@link Response}. Package-private. */
final class ResponseParser {
    private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};

    private ResponseParser() {
    }

    static Response parse(byte[] raw) {
        if (raw.length == 0) {
            throw new RemoteDisconnected();
        }
        int headEnd = indexOf(raw, BLANK_LINE);
        if (headEnd < 0) {
            throw new IncompleteRead(raw.length);
        }
        String[] lines = new String(raw, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        // the head ends at the FIRST blank line; everything after it is body, blank lines included
        byte[] body = Arrays.copyOfRange(raw, headEnd + BLANK_LINE.length, raw.length);
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring("content-length:".length()).strip());
                if (body.length < length) {
                    throw new IncompleteRead(body.length, length - body.length);
                }
                body = Arrays.copyOf(body, length);
            }
        }
        return new Response(status, body);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
