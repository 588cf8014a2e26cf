package sockets;

import java.io.IOException;
import java.io.InputStream;

/** Reads newline-framed UTF-8 messages from a stream, however the network split the bytes. */
public final class FrameReader {

    public FrameReader(InputStream in) {
        throw new UnsupportedOperationException("TODO(task 2): read frames from this stream - see katas/sockets/README.md#task-2");
    }

    /** The next message without its newline; null at a clean end of stream; EOFError if it ends mid-message. */
    public String next() throws IOException {
        throw new UnsupportedOperationException("TODO(task 2): return the next whole message - see katas/sockets/README.md#task-2");
    }
}
