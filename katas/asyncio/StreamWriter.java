package asyncio;

/**
 * The writing half of a connection: writes go to the transport, which sends what the kernel takes
 * and buffers the rest; {@link #drain()} is where a coroutine waits for that buffer to empty.
 */
public final class StreamWriter {
    StreamWriter(Transport transport, StreamReader reader) {
        throw new UnsupportedOperationException("TODO(task 9): create a writer over the transport, next to the connection's reader - see katas/asyncio/README.md#task-9");
    }

    /** The transport underneath, e.g. for {@code getWriteBufferSize()}. */
    public Transport transport() {
        throw new UnsupportedOperationException("TODO(task 9): return the transport underneath - see katas/asyncio/README.md#task-9");
    }

    /** Sends what the kernel takes now and buffers the rest; never waits. */
    public void write(byte[] data) {
        throw new UnsupportedOperationException("TODO(task 9): send what the kernel takes now and buffer the rest - see katas/asyncio/README.md#task-9");
    }

    /** Writes the pieces joined together, as one write. */
    public void writelines(Iterable<byte[]> pieces) {
        throw new UnsupportedOperationException("TODO(task 9): write the pieces joined together - see katas/asyncio/README.md#task-9");
    }

    /**
     * Inside a coroutine: waits while the buffer is above the high-water mark, until it falls to the
     * low-water mark. Raises the error the connection broke with, or ConnectionResetError once it is lost.
     */
    public void drain() {
        throw new UnsupportedOperationException("TODO(task 9): wait until the write buffer has drained - see katas/asyncio/README.md#task-9");
    }

    /** Half-closes: sends FIN once the buffer is empty; the reader still works. */
    public void writeEof() {
        throw new UnsupportedOperationException("TODO(task 9): half-close once the buffer is empty - see katas/asyncio/README.md#task-9");
    }

    /** Closes the connection after the buffered bytes have been sent. */
    public void close() {
        throw new UnsupportedOperationException("TODO(task 9): close the connection after the buffered bytes have been sent - see katas/asyncio/README.md#task-9");
    }

    /** True once close() was called or the connection broke. */
    public boolean isClosing() {
        throw new UnsupportedOperationException("TODO(task 9): tell whether the connection is closing - see katas/asyncio/README.md#task-9");
    }

    /** Inside a coroutine: waits until the socket is closed. */
    public void waitClosed() {
        throw new UnsupportedOperationException("TODO(task 9): wait until the socket is closed - see katas/asyncio/README.md#task-9");
    }
}
