package asyncio;

import java.nio.channels.SocketChannel;

/**
 * A connected socket driven by the loop's selector, like CPython's selector transport with the
 * stream protocol folded in: what arrives is fed to the reader; what is written goes out at once
 * if the kernel takes it, and otherwise waits in a buffer that a writer callback empties. Above
 * the high-water mark writing is "paused", and drain() waits until the buffer falls to the low one.
 */
public final class Transport {
    /** Takes over a connected, non-blocking channel and starts feeding the reader. */
    Transport(EventLoop loop, SocketChannel channel, StreamReader reader) {
        throw new UnsupportedOperationException("TODO(task 9): take over a connected non-blocking channel and start feeding the reader - see katas/asyncio/README.md#task-9");
    }

    /** Bytes written but not yet taken by the kernel ({@code get_write_buffer_size()}). */
    public int getWriteBufferSize() {
        throw new UnsupportedOperationException("TODO(task 9): count the bytes written but not yet sent - see katas/asyncio/README.md#task-9");
    }

    /** True once close() was called or the connection broke. */
    public boolean isClosing() {
        throw new UnsupportedOperationException("TODO(task 9): tell whether the transport is closing - see katas/asyncio/README.md#task-9");
    }

    /** Sends what the kernel takes now and buffers the rest; RuntimeError after write_eof(). */
    public void write(byte[] data) {
        throw new UnsupportedOperationException("TODO(task 9): send what the kernel takes now and buffer the rest - see katas/asyncio/README.md#task-9");
    }

    /** Half-closes: the FIN goes out once the buffer is empty. */
    public void writeEof() {
        throw new UnsupportedOperationException("TODO(task 9): half-close once the buffer is empty - see katas/asyncio/README.md#task-9");
    }

    /** Stops reading and closes the socket once the buffer has been sent. */
    public void close() {
        throw new UnsupportedOperationException("TODO(task 9): stop reading and close the socket once the buffer has been sent - see katas/asyncio/README.md#task-9");
    }
}
