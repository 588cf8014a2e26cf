package selectors;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * A Python-style non-blocking TCP socket ({@code socket.socket(); s.setblocking(False)}) over a
 * {@link SocketChannel}: the same return values and the same {@code OSError}s as CPython on Linux.
 */
public final class NonBlockingSocket implements AutoCloseable {

    private NonBlockingSocket() {
        throw new UnsupportedOperationException("TODO(task 1): wrap a non-blocking SocketChannel - see katas/selectors/README.md#task-1");
    }

    /** {@code socket.socket(AF_INET, SOCK_STREAM)} followed by {@code setblocking(False)}. */
    public static NonBlockingSocket create() {
        throw new UnsupportedOperationException("TODO(task 1): open a non-blocking socket - see katas/selectors/README.md#task-1");
    }

    /** Starts connecting; like Python, raises {@code BlockingIOError [Errno 115]} while that is in progress. */
    public void connect(InetSocketAddress address) throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): start a connect without waiting - see katas/selectors/README.md#task-1");
    }

    /** Sends what fits now and returns how many bytes that was; never waits. */
    public int send(byte[] data) throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): send without waiting, with Python's errors - see katas/selectors/README.md#task-1");
    }

    /** Up to {@code max} bytes that have arrived; empty at EOF; {@code BlockingIOError [Errno 11]} if none yet. */
    public byte[] recv(int max) throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): receive without waiting, with Python's errors - see katas/selectors/README.md#task-1");
    }

    /** {@code getsockopt(SOL_SOCKET, SO_ERROR)}: 111 once after a refused connect, otherwise 0. */
    public int soError() throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): report the pending socket error - see katas/selectors/README.md#task-1");
    }

    /** Waits (on a selector, without spinning) up to {@code timeout} for the socket to become writable. */
    public boolean waitWritable(Duration timeout) throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): wait for writability on a selector - see katas/selectors/README.md#task-1");
    }

    /** Waits until the connect has finished and raises its error, if any (the notes' loop spins forever instead). */
    public void awaitConnected() throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): finish the connect or raise its error - see katas/selectors/README.md#task-1");
    }

    /** The channel underneath, e.g. to register it with a Selector. */
    public SocketChannel channel() {
        throw new UnsupportedOperationException("TODO(task 1): expose the channel - see katas/selectors/README.md#task-1");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO(task 1): close the socket - see katas/selectors/README.md#task-1");
    }
}
