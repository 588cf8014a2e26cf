package processes;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;

/**
 * One end of a duplex {@code multiprocessing.Pipe}: both ends can send and receive. Each message
 * is one serialized object in one frame.
 */
public final class Connection implements AutoCloseable {
    /** An end that reads from {@code in} and writes to {@code out}. */
    public Connection(InputStream in, OutputStream out) {
        throw new UnsupportedOperationException("TODO(task 3): an end of a pipe over the two streams - see katas/processes/README.md#task-3");
    }

    /** {@code conn.send(obj)}. */
    public void send(Serializable message) {
        throw new UnsupportedOperationException("TODO(task 3): send one object as one frame - see katas/processes/README.md#task-3");
    }

    /** {@code conn.recv()}: blocks for the next message; EOFError once the other end is gone. */
    public Object recv() {
        throw new UnsupportedOperationException("TODO(task 3): receive the next object - see katas/processes/README.md#task-3");
    }

    /** {@code conn.close()}: the other end's recv() then raises EOFError. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 3): close this end - see katas/processes/README.md#task-3");
    }
}
