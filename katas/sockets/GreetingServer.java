package sockets;

import java.io.IOException;

/** Answers every framed name with the framed line {@code Hello <name>}, one client at a time, on one background thread. */
// close() may throw InterruptedException (it joins a thread), which javac's try lint flags.
@SuppressWarnings("try")
public final class GreetingServer implements AutoCloseable {

    private GreetingServer() {
        throw new UnsupportedOperationException("TODO(task 3): a greeting server - see katas/sockets/README.md#task-3");
    }

    /** Listens on 127.0.0.1 and an ephemeral port, and starts serving. */
    public static GreetingServer start() {
        throw new UnsupportedOperationException("TODO(task 3): listen on loopback and serve clients - see katas/sockets/README.md#task-3");
    }

    /** The port it listens on. */
    public int port() {
        throw new UnsupportedOperationException("TODO(task 3): report the listening port - see katas/sockets/README.md#task-3");
    }

    /** Stops listening, drops the current client and waits for the server thread to end. */
    @Override
    public void close() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("TODO(task 3): close every socket and end the thread - see katas/sockets/README.md#task-3");
    }
}
