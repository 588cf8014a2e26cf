package sockets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The notes' first server, done right: for every framed name a client sends, it answers the framed
 * line {@code Hello <name>}. It serves one client at a time, on one background thread.
 */
// close() may throw InterruptedException (it joins a thread), which javac's try lint flags.
@SuppressWarnings("try")
public final class GreetingServer implements AutoCloseable {
    private final ServerSocket listener;
    private final Thread thread;
    private Socket current;
    private boolean closed;

    private GreetingServer(ServerSocket listener) {
        this.listener = listener;
        this.thread = new Thread(this::acceptLoop, "greeting-server");
        thread.start();
    }

    /** Listens on 127.0.0.1 and an ephemeral port, and starts serving. */
    public static GreetingServer start() {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new GreetingServer(listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                if (adopt(client)) {
                    greet(client);
                }
            } catch (IOException e) {
                // a broken client or the listener closing: go back to accept, which then ends the loop
            }
        }
    }

    /** Remembers the client so that close() can end its session; refuses it if close() already ran. */
    private synchronized boolean adopt(Socket client) {
        current = client;
        return !closed;
    }

    private static void greet(Socket client) throws IOException {
        FrameReader reader = new FrameReader(client.getInputStream());
        OutputStream out = client.getOutputStream();
        for (String name = reader.next(); name != null; name = reader.next()) {
            out.write(Frames.encode("Hello " + name));
            out.flush();
        }
    }

    /** Stops listening, drops the current client and waits for the server thread to end. */
    @Override
    public void close() throws IOException, InterruptedException {
        synchronized (this) {
            closed = true;
            listener.close();
            if (current != null) {
                current.close(); // unblocks a read in progress, so the thread can finish
            }
        }
        thread.join();
    }
}
