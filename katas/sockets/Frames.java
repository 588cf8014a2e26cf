package sockets;

/** The framing of the greeting and chat protocols: a message is its UTF-8 bytes followed by one newline. */
public final class Frames {
    private Frames() {
    }

    /** The bytes to send for {@code message}; a message may not itself contain a newline. */
    public static byte[] encode(String message) {
        throw new UnsupportedOperationException("TODO(task 2): turn a message into one frame - see katas/sockets/README.md#task-2");
    }
}
