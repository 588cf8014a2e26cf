package sockets;

import java.nio.charset.StandardCharsets;
import py.ValueError;

/**
 * The framing of the greeting and chat protocols: a message is its UTF-8 bytes followed by one
 * {@code '\n'}. TCP delivers a byte stream, not messages, so the receiver needs this marker to know
 * where one message ends and the next begins.
 */
public final class Frames {
    private Frames() {
    }

    /** The bytes to send for {@code message}; a message may not itself contain a newline. */
    public static byte[] encode(String message) {
        if (message.indexOf('\n') >= 0) {
            throw new ValueError("a message cannot contain a newline: it would end the frame early");
        }
        return (message + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
