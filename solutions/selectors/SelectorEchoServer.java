package selectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An echo server on ONE thread with one selector: every client gets its own bytes back. A client
 * that does not read is not waited for: its echo is buffered and sent when OP_WRITE says it fits.
 */
// close() may throw InterruptedException (it joins a thread), which javac's try lint flags.
@SuppressWarnings("try")
public final class SelectorEchoServer implements AutoCloseable {
    /** Stop reading from a client once this much of its echo is waiting: it must read first. */
    private static final int MAX_PENDING = 1 << 20;

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Thread thread;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    private volatile boolean closing;

    /** Per client: the echo that has not been written yet. */
    private static final class Pending {
        final Deque<ByteBuffer> chunks = new ArrayDeque<>();
        int bytes;
        boolean endOfInput;
    }

    private SelectorEchoServer() throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::loop, "selector-echo");
        thread.start();
    }

    /** Listens on 127.0.0.1 and an ephemeral port, served by one new thread. */
    public static SelectorEchoServer start() {
        try {
            return new SelectorEchoServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.socket().getLocalPort();
    }

    private void loop() {
        try {
            while (!closing) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            // the selector itself failed: nothing left to serve
        } finally {
            closeEverything();
        }
    }

    private void handle(SelectionKey key) {
        try {
            if (key.isValid() && key.isAcceptable()) {
                accept();
            }
            if (key.isValid() && key.isReadable()) {
                read(key);
            }
            if (key.isValid() && key.isWritable()) {
                write(key);
            }
        } catch (IOException e) {
            closeQuietly(key); // one broken client must not take the server down
        }
    }

    private void accept() throws IOException {
        SocketChannel client;
        while ((client = listener.accept()) != null) {
            client.configureBlocking(false);
            client.register(selector, SelectionKey.OP_READ, new Pending());
        }
    }

    private void read(SelectionKey key) throws IOException {
        readBuffer.clear();
        int read = ((SocketChannel) key.channel()).read(readBuffer);
        Pending pending = (Pending) key.attachment();
        if (read < 0) {
            pending.endOfInput = true; // the client has said all it will say; finish echoing it, then close
            write(key);
            return;
        }
        readBuffer.flip();
        ByteBuffer copy = ByteBuffer.allocate(readBuffer.remaining()).put(readBuffer).flip();
        pending.chunks.add(copy);
        pending.bytes += copy.remaining();
        write(key); // try at once; whatever does not fit waits for OP_WRITE
    }

    private void write(SelectionKey key) throws IOException {
        Pending pending = (Pending) key.attachment();
        SocketChannel channel = (SocketChannel) key.channel();
        while (!pending.chunks.isEmpty()) {
            ByteBuffer head = pending.chunks.peek();
            pending.bytes -= channel.write(head);
            if (head.hasRemaining()) {
                break; // the client's window is full: never spin or block here
            }
            pending.chunks.poll();
        }
        if (pending.endOfInput && pending.chunks.isEmpty()) {
            closeQuietly(key);
            return;
        }
        int interest = pending.chunks.isEmpty() ? 0 : SelectionKey.OP_WRITE;
        if (pending.bytes < MAX_PENDING && !pending.endOfInput) {
            interest |= SelectionKey.OP_READ;
        }
        key.interestOps(interest);
    }

    private void closeEverything() {
        for (SelectionKey key : selector.keys()) {
            closeQuietly(key);
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // shutting down anyway
        }
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    /** Stops the loop, closes the listener and every client, and waits for the thread to end. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        selector.wakeup();
        thread.join();
    }
}
