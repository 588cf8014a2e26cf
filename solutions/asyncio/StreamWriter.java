package asyncio;

/**
 * The writing half of a connection: writes go to the transport, which sends what the kernel takes
 * and buffers the rest; {@link #drain()} is where a coroutine waits for that buffer to empty.
 */
public final class StreamWriter {
    private final Transport transport;
    private final StreamReader reader;

    StreamWriter(Transport transport, StreamReader reader) {
        this.transport = transport;
        this.reader = reader;
    }

    /** The transport underneath, e.g. for {@code getWriteBufferSize()}. */
    public Transport transport() {
        return transport;
    }

    /** Sends what the kernel takes now and buffers the rest; never waits. */
    public void write(byte[] data) {
        transport.write(data);
    }

    /** Writes the pieces joined together, as one write. */
    public void writelines(Iterable<byte[]> pieces) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            joined.writeBytes(piece);
        }
        transport.write(joined.toByteArray());
    }

    /**
     * Inside a coroutine: waits while the buffer is above the high-water mark, until it falls to the
     * low-water mark. Raises the error the connection broke with, or ConnectionResetError once it is lost.
     */
    public void drain() {
        Throwable error = reader.exception();
        if (error != null) {
            throw Future.<RuntimeException>sneaky(error);
        }
        if (transport.isClosing()) {
            // One turn of the loop, so that a pending connection_lost is seen before we decide.
            Asyncio.sleep(0);
        }
        transport.drainHelper();
    }

    /** Half-closes: sends FIN once the buffer is empty; the reader still works. */
    public void writeEof() {
        transport.writeEof();
    }

    /** Closes the connection after the buffered bytes have been sent. */
    public void close() {
        transport.close();
    }

    /** True once close() was called or the connection broke. */
    public boolean isClosing() {
        return transport.isClosing();
    }

    /** Inside a coroutine: waits until the socket is closed. */
    public void waitClosed() {
        transport.waitClosed();
    }
}
