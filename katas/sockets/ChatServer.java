package sockets;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * One thread per client; every framed message gets the framed answer {@code reply.apply(message)}.
 * {@code logout} gets {@code bye} and ends that client's session only; a client hanging up ends its session too.
 */
// close() may throw InterruptedException (it joins a thread), which javac's try lint flags.
@SuppressWarnings("try")
public final class ChatServer implements AutoCloseable {

    private ChatServer() {
        throw new UnsupportedOperationException("TODO(task 4): a multi-client chat server - see katas/sockets/README.md#task-4");
    }

    /** Listens on 127.0.0.1 and an ephemeral port; answers each message with {@code reply}. */
    public static ChatServer start(UnaryOperator<String> reply) {
        throw new UnsupportedOperationException("TODO(task 4): listen and serve every client on its own thread - see katas/sockets/README.md#task-4");
    }

    /** The port it listens on. */
    public int port() {
        throw new UnsupportedOperationException("TODO(task 4): report the listening port - see katas/sockets/README.md#task-4");
    }

    /** How many client sessions are running right now. */
    public int activeSessions() {
        throw new UnsupportedOperationException("TODO(task 4): count the running sessions - see katas/sockets/README.md#task-4");
    }

    /** Stops listening, closes every client socket and waits for every thread to end. */
    @Override
    public void close() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("TODO(task 4): close every socket and end every thread - see katas/sockets/README.md#task-4");
    }
}
