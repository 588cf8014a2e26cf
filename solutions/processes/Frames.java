package processes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import py.EOFError;

/**
 * The framing of {@code multiprocessing.connection}: every message is a 4-byte big-endian signed
 * length, then that many bytes. A byte stream has no message boundaries of its own; the length
 * prefix puts them back.
 */
public final class Frames {
    private Frames() {
    }

    /** Writes one frame and flushes it, so that the peer can read it now. */
    public static void write(OutputStream out, byte[] payload) throws IOException {
        int n = payload.length;
        out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.write(payload);
        out.flush();
    }

    /** Reads one frame; null at a clean end of stream, EOFError if the stream ends inside a frame. */
    public static byte[] read(InputStream in) throws IOException {
        byte[] header = new byte[4];
        int got = readFully(in, header);
        if (got == 0) {
            return null;
        }
        if (got < header.length) {
            throw new EOFError("stream ended inside a frame header");
        }
        int n = ((header[0] & 0xff) << 24) | ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        byte[] payload = new byte[n];
        if (readFully(in, payload) < n) {
            throw new EOFError("stream ended inside a frame of " + n + " bytes");
        }
        return payload;
    }

    /** Java serialization plays the part of pickle. */
    static byte[] dumps(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object loads(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            return in.readObject();
        }
    }

    // A single read() may return fewer bytes than asked for: loop until full or end of stream.
    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n = in.read(buffer, total, buffer.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
