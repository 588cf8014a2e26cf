package sockets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The notes' chat server, fixed: one thread per client; every framed message gets the framed
 * answer {@code reply.apply(message)}. The message {@code logout} gets {@code bye} and ends that
 * client's session only. A client that hangs up ends its session too.
 */
// close() may throw InterruptedException (it joins a thread), which javac's try lint flags.
@SuppressWarnings("try")
public final class ChatServer implements AutoCloseable {
    private final ServerSocket listener;
    private final UnaryOperator<String> reply;
    private final Thread acceptor;
    private final Map<Socket, Thread> sessions = new ConcurrentHashMap<>();
    private boolean closed;

    private ChatServer(ServerSocket listener, UnaryOperator<String> reply) {
        this.listener = listener;
        this.reply = reply;
        this.acceptor = new Thread(this::acceptLoop, "chat-accept");
        acceptor.start();
    }

    /** Listens on 127.0.0.1 and an ephemeral port; answers each message with {@code reply}. */
    public static ChatServer start(UnaryOperator<String> reply) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            return new ChatServer(listener, reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many client sessions are running right now. */
    public int activeSessions() {
        return sessions.size();
    }

    private void acceptLoop() {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // only close() closes the listener
            }
            startSession(client);
        }
    }

    private synchronized void startSession(Socket client) {
        if (closed) {
            closeQuietly(client);
            return;
        }
        Thread session = new Thread(() -> serve(client), "chat-session-" + client.getPort());
        sessions.put(client, session);
        session.start();
    }

    private void serve(Socket client) {
        try (client) {
            FrameReader reader = new FrameReader(client.getInputStream());
            OutputStream out = client.getOutputStream();
            // null means the client hung up: the session ends instead of reading EOF forever
            for (String message = reader.next(); message != null; message = reader.next()) {
                boolean logout = message.equals("logout");
                out.write(Frames.encode(logout ? "bye" : reply.apply(message)));
                out.flush();
                if (logout) {
                    return; // this client is done; the listener and the other clients carry on
                }
            }
        } catch (IOException | RuntimeException e) {
            // a reset, a cut-off message or close(): this session ends, the server does not
        } finally {
            sessions.remove(client);
        }
    }

    /** Stops listening, closes every client socket and waits for every thread to end. */
    @Override
    public void close() throws IOException, InterruptedException {
        synchronized (this) {
            closed = true;
            listener.close();
        }
        acceptor.join();
        for (Map.Entry<Socket, Thread> session : sessions.entrySet()) {
            closeQuietly(session.getKey());
            session.getValue().join();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }
}
