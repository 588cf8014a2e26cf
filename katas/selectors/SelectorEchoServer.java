package selectors;

/**
 * An echo server on ONE thread with one selector: every client gets its own bytes back; a client
 * that does not read is not waited for.
 */
// close() may throw InterruptedException (it joins a thread), which javac's try lint flags.
@SuppressWarnings("try")
public final class SelectorEchoServer implements AutoCloseable {

    private SelectorEchoServer() {
        throw new UnsupportedOperationException("TODO(task 3): an echo server on one selector thread - see katas/selectors/README.md#task-3");
    }

    /** Listens on 127.0.0.1 and an ephemeral port, served by one new thread. */
    public static SelectorEchoServer start() {
        throw new UnsupportedOperationException("TODO(task 3): listen and start the selector thread - see katas/selectors/README.md#task-3");
    }

    /** The port it listens on. */
    public int port() {
        throw new UnsupportedOperationException("TODO(task 3): report the listening port - see katas/selectors/README.md#task-3");
    }

    /** Stops the loop, closes the listener and every client, and waits for the thread to end. */
    @Override
    public void close() throws InterruptedException {
        throw new UnsupportedOperationException("TODO(task 3): close everything and end the thread - see katas/selectors/README.md#task-3");
    }
}
