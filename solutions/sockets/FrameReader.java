package sockets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import py.EOFError;

/**
 * Reads newline-framed UTF-8 messages from a stream, however the bytes were split by the network:
 * one message over many reads, several messages in one read, a character cut between two reads.
 */
public final class FrameReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1024];
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int position;
    private int limit;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    /** The next message without its newline; null at a clean end of stream; EOFError if it ends mid-message. */
    public String next() throws IOException {
        while (true) {
            // bytes left over from the last read may already hold the next message
            for (; position < limit; position++) {
                if (buffer[position] == '\n') {
                    position++;
                    return takeMessage();
                }
                pending.write(buffer[position]);
            }
            limit = in.read(buffer);
            position = 0;
            if (limit < 0) {
                limit = 0;
                if (pending.size() == 0) {
                    return null;
                }
                throw new EOFError("the connection closed in the middle of a message (" + pending.size() + " bytes without a newline)");
            }
        }
    }

    private String takeMessage() {
        // decode only a whole frame: a character split between two reads is whole again here
        String message = Utf8.decode(pending.toByteArray());
        pending.reset();
        return message;
    }
}
