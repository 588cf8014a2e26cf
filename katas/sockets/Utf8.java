package sockets;

/** {@code bytes.decode("utf-8")}: bytes to text, failing exactly where and how CPython does. */
public final class Utf8 {
    private Utf8() {
    }

    /** Decodes strict UTF-8; a bad or cut-off sequence raises CPython's UnicodeDecodeError. */
    public static String decode(byte[] data) {
        throw new UnsupportedOperationException("TODO(task 1): decode UTF-8 and fail like CPython does - see katas/sockets/README.md#task-1");
    }
}
