package processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The framing of {@code multiprocessing.connection}: every message is a 4-byte big-endian signed
 * length, then that many bytes.
 */
public final class Frames {
    private Frames() {
    }

    /** Writes one frame and flushes it, so that the peer can read it now. */
    public static void write(OutputStream out, byte[] payload) throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): write a length-prefixed frame and flush it - see katas/processes/README.md#task-1");
    }

    /** Reads one frame; null at a clean end of stream, EOFError if the stream ends inside a frame. */
    public static byte[] read(InputStream in) throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): read one whole frame, however the bytes arrive - see katas/processes/README.md#task-1");
    }
}
