package selectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import py.BlockingIOError;
import py.BrokenPipeError;
import py.ConnectionRefusedError;
import py.OSError;

/**
 * A Python-style non-blocking TCP socket ({@code socket.socket(); s.setblocking(False)}) over a
 * {@link SocketChannel}: the same return values and the same {@code OSError}s as CPython on Linux.
 */
public final class NonBlockingSocket implements AutoCloseable {
    /** Where the connection stands; FAILED means the refusal has been reported once, as SO_ERROR is. */
    private enum State { NEW, CONNECTING, CONNECTED, FAILED }

    private final SocketChannel channel;
    private State state = State.NEW;

    private NonBlockingSocket(SocketChannel channel) {
        this.channel = channel;
    }

    /** {@code socket.socket(AF_INET, SOCK_STREAM)} followed by {@code setblocking(False)}. */
    public static NonBlockingSocket create() {
        try {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            return new NonBlockingSocket(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts connecting; like Python, raises {@code BlockingIOError [Errno 115]} while that is in progress. */
    public void connect(InetSocketAddress address) throws IOException {
        try {
            if (channel.connect(address)) {
                state = State.CONNECTED;
                return;
            }
        } catch (ConnectException e) {
            state = State.FAILED;
            throw refused(e);
        }
        state = State.CONNECTING;
        throw new BlockingIOError("[Errno 115] Operation now in progress");
    }

    /** Sends what fits now and returns how many bytes that was; never waits. */
    public int send(byte[] data) throws IOException {
        switch (settle()) {
            case NEW, FAILED -> throw new BrokenPipeError("[Errno 32] Broken pipe");
            case CONNECTING -> throw wouldBlock();
            default -> { }
        }
        int sent = channel.write(ByteBuffer.wrap(data));
        if (sent == 0 && data.length > 0) {
            throw wouldBlock();
        }
        return sent;
    }

    /** Up to {@code max} bytes that have arrived; empty at EOF; {@code BlockingIOError [Errno 11]} if none yet. */
    public byte[] recv(int max) throws IOException {
        switch (settle()) {
            case NEW -> throw new OSError("[Errno 107] Transport endpoint is not connected");
            case FAILED -> {
                return new byte[0];
            }
            case CONNECTING -> throw wouldBlock();
            default -> { }
        }
        ByteBuffer buffer = ByteBuffer.allocate(max);
        int read = channel.read(buffer);
        if (read < 0) {
            return new byte[0];
        }
        if (read == 0) {
            throw wouldBlock();
        }
        return Arrays.copyOf(buffer.array(), read);
    }

    /** {@code getsockopt(SOL_SOCKET, SO_ERROR)}: 111 once after a refused connect, otherwise 0. */
    public int soError() throws IOException {
        try {
            settle();
            return 0;
        } catch (ConnectionRefusedError e) {
            return 111; // reading SO_ERROR clears it, exactly like the first send/recv would have
        }
    }

    /** Waits (on a selector, without spinning) up to {@code timeout} for the socket to become writable. */
    public boolean waitWritable(Duration timeout) throws IOException {
        if (state != State.CONNECTING && state != State.CONNECTED) {
            return true; // a failed or unconnected socket never blocks a writer: select reports it at once
        }
        try (Selector selector = Selector.open()) {
            // Java reports a pending connection as OP_CONNECT, an established one as OP_WRITE
            int interest = state == State.CONNECTING ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
            channel.register(selector, interest);
            boolean ready = selector.select(Math.max(1, timeout.toMillis())) > 0;
            selector.keys().forEach(SelectionKey::cancel);
            selector.selectNow(); // deregister now, so the channel can be registered elsewhere
            return ready;
        }
    }

    /**
     * Waits until the connect has finished and raises its error, if any. The notes' loop retries
     * {@code send} on every OSError instead, and on a refused port it retries forever.
     */
    public void awaitConnected() throws IOException {
        while (state == State.CONNECTING) {
            waitWritable(Duration.ofDays(1));
            if (soError() == 111) {
                throw new ConnectionRefusedError("[Errno 111] Connection refused");
            }
        }
        if (state != State.CONNECTED) {
            throw new OSError("[Errno 107] Transport endpoint is not connected");
        }
    }

    /** The channel underneath, e.g. to register it with a Selector. */
    public SocketChannel channel() {
        return channel;
    }

    /** Moves a pending connect forward; a refusal is raised once and leaves the socket FAILED. */
    private State settle() throws IOException {
        if (state == State.CONNECTING) {
            try {
                if (channel.finishConnect()) {
                    state = State.CONNECTED;
                }
            } catch (ConnectException e) {
                state = State.FAILED;
                throw refused(e);
            }
        }
        return state;
    }

    private static ConnectionRefusedError refused(ConnectException cause) {
        return new ConnectionRefusedError("[Errno 111] Connection refused", cause);
    }

    private static BlockingIOError wouldBlock() {
        return new BlockingIOError("[Errno 11] Resource temporarily unavailable");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
