package processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import py.EOFError;
import py.OSError;

/**
 * One end of a duplex {@code multiprocessing.Pipe}: both ends can send and receive. Each message
 * is one serialized object in one frame.
 */
public final class Connection implements AutoCloseable {
    private final InputStream in;
    private final OutputStream out;
    private boolean closed;

    /** An end that reads from {@code in} and writes to {@code out}. */
    public Connection(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** {@code conn.send(obj)}. */
    public void send(Serializable message) {
        checkOpen();
        try {
            synchronized (out) {
                Frames.write(out, Frames.dumps(message));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code conn.recv()}: blocks for the next message; EOFError once the other end is gone. */
    public Object recv() {
        checkOpen();
        try {
            byte[] frame;
            synchronized (in) {
                frame = Frames.read(in);
            }
            if (frame == null) {
                throw new EOFError("");
            }
            return Frames.loads(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code conn.close()}: the other end's recv() then raises EOFError. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new OSError("handle is closed");
        }
    }
}
