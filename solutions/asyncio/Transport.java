package asyncio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import py.BrokenPipeError;
import py.ConnectionResetError;
import py.OSError;
import py.RuntimeError;

/**
 * A connected socket driven by the loop's selector, like CPython's selector transport with the
 * stream protocol folded in: what arrives is fed to the reader; what is written goes out at once
 * if the kernel takes it, and otherwise waits in a buffer that a writer callback empties. Above
 * the high-water mark writing is "paused", and drain() waits until the buffer falls to the low one.
 */
public final class Transport {
    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = HIGH_WATER / 4;
    private static final int READ_SIZE = 64 * 1024;

    private final EventLoop loop;
    private final SocketChannel channel;
    private final StreamReader reader;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private final List<Future<Void>> drainWaiters = new ArrayList<>();
    private final Future<Void> closed;
    private int pendingBytes;
    private boolean closing;
    private boolean eofWritten;
    // ending: the end is decided (writes vanish, callbacks stop); connectionLost: the reader, drain() and wait_closed() know.
    private boolean ending;
    private boolean connectionLost;
    private boolean writingPaused;

    /** Takes over a connected, non-blocking channel and starts feeding the reader. */
    Transport(EventLoop loop, SocketChannel channel, StreamReader reader) {
        this.loop = loop;
        this.channel = channel;
        this.reader = reader;
        this.closed = loop.createFuture();
        loop.addReader(channel, this::readReady);
    }

    /** Bytes written but not yet taken by the kernel ({@code get_write_buffer_size()}). */
    public int getWriteBufferSize() {
        return pendingBytes;
    }

    /** True once close() was called or the connection broke. */
    public boolean isClosing() {
        return closing;
    }

    /** Sends what the kernel takes now and buffers the rest; RuntimeError after write_eof(). */
    public void write(byte[] data) {
        if (eofWritten) {
            throw new RuntimeError("Cannot call write() after write_eof()");
        }
        if (data.length == 0 || ending) {
            return; // like CPython, writes to a connection that is ending vanish silently
        }
        int sent = 0;
        if (pending.isEmpty()) {
            try {
                sent = channel.write(ByteBuffer.wrap(data));
            } catch (IOException e) {
                fatalError(e);
                return;
            }
            if (sent == data.length) {
                return;
            }
            loop.addWriter(channel, this::writeReady);
        }
        // Copy what is left: the caller may reuse its array, and Python's bytes never change.
        pending.add(ByteBuffer.wrap(Arrays.copyOfRange(data, sent, data.length)));
        pendingBytes += data.length - sent;
        if (pendingBytes > HIGH_WATER) {
            writingPaused = true;
        }
    }

    /** Half-closes: the FIN goes out once the buffer is empty. */
    public void writeEof() {
        if (closing || eofWritten) {
            return;
        }
        eofWritten = true;
        if (pending.isEmpty()) {
            shutdownOutput();
        }
    }

    /** Stops reading and closes the socket once the buffer has been sent. */
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        loop.removeReader(channel);
        if (pending.isEmpty()) {
            ending = true;
            loop.removeWriter(channel);
            loop.callSoon(() -> connectionLost(null));
        }
        // Otherwise the writer callback sends the rest first and then ends the connection.
    }

    /** Inside a coroutine: drain()'s wait, once the reader's error has been checked. */
    void drainHelper() {
        if (connectionLost) {
            throw new ConnectionResetError("Connection lost");
        }
        if (!writingPaused) {
            return;
        }
        Future<Void> waiter = loop.createFuture();
        drainWaiters.add(waiter);
        try {
            Coroutine.await(waiter);
        } finally {
            drainWaiters.remove(waiter);
        }
    }

    /** Inside a coroutine: returns once the socket is closed, raising the error it broke with. */
    void waitClosed() {
        Coroutine.await(closed);
    }

    private void readReady() {
        if (ending) {
            return;
        }
        ByteBuffer into = ByteBuffer.allocate(READ_SIZE);
        int read;
        try {
            read = channel.read(into);
        } catch (IOException e) {
            fatalError(e);
            return;
        }
        if (read < 0) {
            // The peer will send no more, but we may still write: stop reading, keep the socket.
            loop.removeReader(channel);
            reader.feedEof();
        } else if (read > 0) {
            reader.feedData(Arrays.copyOf(into.array(), read));
        }
    }

    private void writeReady() {
        if (ending) {
            return;
        }
        try {
            while (!pending.isEmpty()) {
                ByteBuffer head = pending.peek();
                pendingBytes -= channel.write(head);
                if (head.hasRemaining()) {
                    break; // the kernel is full: the rest of this buffer goes out on the next callback
                }
                pending.poll();
            }
        } catch (IOException e) {
            loop.removeWriter(channel);
            pending.clear();
            pendingBytes = 0;
            fatalError(e);
            return;
        }
        if (writingPaused && pendingBytes <= LOW_WATER) {
            writingPaused = false;
            wakeDrainWaiters(null);
        }
        if (pending.isEmpty()) {
            loop.removeWriter(channel);
            if (closing) {
                connectionLost(null);
            } else if (eofWritten) {
                shutdownOutput();
            }
        }
    }

    private void shutdownOutput() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            fatalError(e);
        }
    }

    /** The connection broke: drop what was not sent and end it with the error, on the next iteration. */
    private void fatalError(IOException cause) {
        if (ending) {
            return;
        }
        pending.clear();
        pendingBytes = 0;
        loop.removeWriter(channel);
        if (!closing) {
            closing = true;
            loop.removeReader(channel);
        }
        ending = true;
        RuntimeException error = translate(cause);
        loop.callSoon(() -> connectionLost(error));
    }

    /** CPython's connection_lost: EOF or the error for the reader, the close waiter, paused drains; then the socket. */
    private void connectionLost(RuntimeException error) {
        if (connectionLost) {
            return;
        }
        ending = true;
        try {
            if (error == null) {
                reader.feedEof();
                closed.setResult(null);
            } else {
                reader.setException(error);
                closed.setException(error);
            }
            connectionLost = true;
            if (writingPaused) {
                wakeDrainWaiters(error);
            }
        } finally {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a broken socket can fail; it is closed either way
            }
        }
    }

    private void wakeDrainWaiters(RuntimeException error) {
        for (Future<Void> waiter : drainWaiters) {
            if (!waiter.done()) {
                if (error == null) {
                    waiter.setResult(null);
                } else {
                    waiter.setException(error);
                }
            }
        }
    }

    /** Java's socket errors as the OSError subclasses CPython raises on Linux. */
    private static RuntimeException translate(IOException cause) {
        String message = String.valueOf(cause.getMessage());
        if (message.contains("Connection reset")) {
            return new ConnectionResetError("[Errno 104] Connection reset by peer", cause);
        }
        if (message.contains("Broken pipe")) {
            return new BrokenPipeError("[Errno 32] Broken pipe", cause);
        }
        return new OSError(message, cause);
    }
}
