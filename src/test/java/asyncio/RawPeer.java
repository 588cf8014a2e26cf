package asyncio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The other end of one TCP connection on 127.0.0.1, for the transport specs that need what an HTTP
 * server does not do: read until the client's FIN, or send a FIN and later a reset. The spec scripts
 * the accepted socket with a lambda, which runs on the peer's own thread; the socket is closed when
 * the script returns. {@link #close()} closes everything and waits for that thread.
 */
final class RawPeer implements AutoCloseable {
    /** What the peer does with its accepted socket. */
    interface Script {
        void run(Socket socket) throws Exception;
    }

    private final ServerSocket listener;
    private final Thread thread;
    private volatile Socket accepted;

    private RawPeer(Script script) throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(script), "raw-peer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts listening; the script runs on the first connection. */
    static RawPeer start(Script script) {
        try {
            return new RawPeer(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    private void serve(Script script) {
        try (Socket socket = listener.accept()) {
            accepted = socket;
            script.run(socket);
        } catch (Exception e) {
            // the spec closed the peer, or the client went away: either way this connection is done
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        listener.close();
        Socket socket = accepted;
        if (socket != null) {
            socket.close();
        }
        thread.interrupt();
        thread.join(5_000);
    }
}
