package selectors;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback listener whose accept queue is full and that never accepts. Linux drops the SYN of
 * any further connection, so a blocking connect to it waits (for minutes), while a non-blocking one
 * returns at once with the connection pending: in Python, {@code BlockingIOError [Errno 115]}.
 * Closing it refuses the pending connections at their next SYN retransmission (about 1 s).
 */
final class UnacceptingListener implements AutoCloseable {
    /** How long a filler may take to connect before the queue counts as full: the handshake is local. */
    private static final int FILL_PROBE_MILLIS = 300;

    private final ServerSocket listener;
    private final List<Socket> fillers;

    private UnacceptingListener(ServerSocket listener, List<Socket> fillers) {
        this.listener = listener;
        this.fillers = fillers;
    }

    /** Listens with a backlog of 1 and connects fillers until one cannot finish its handshake. */
    static UnacceptingListener open() throws IOException {
        ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        List<Socket> fillers = new ArrayList<>();
        UnacceptingListener full = new UnacceptingListener(listener, fillers);
        for (int i = 0; i < 64; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(listener.getLocalSocketAddress(), FILL_PROBE_MILLIS);
                fillers.add(filler);
            } catch (SocketTimeoutException | ConnectException e) {
                filler.close();
                return full; // this SYN was dropped (Linux, macOS) or refused (Windows): the queue is full
            }
        }
        full.close();
        throw new IllegalStateException("the accept queue of a listener with backlog 1 never filled up");
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket filler : fillers) {
            filler.close();
        }
    }
}
