package selectors;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The notes' {@code Fetcher}, with callbacks on an {@link EventLoop}: connect without blocking,
 * send the request once connected, read until EOF, then call back with the response or the error.
 */
public final class Fetcher {

    public Fetcher(EventLoop loop) {
        throw new UnsupportedOperationException("TODO(task 2): fetch on this loop - see katas/selectors/README.md#task-2");
    }

    /** Starts a GET; the callbacks run inside {@code loop.run()}. */
    public void get(String url, Consumer<Response> onResponse, Consumer<Exception> onError) throws IOException {
        throw new UnsupportedOperationException("TODO(task 2): start a GET driven by callbacks - see katas/selectors/README.md#task-2");
    }

    /** Starts a POST of {@code body} (sent with Content-Length); the callbacks run inside {@code loop.run()}. */
    public void post(String url, byte[] body, Consumer<Response> onResponse, Consumer<Exception> onError) throws IOException {
        throw new UnsupportedOperationException("TODO(task 2): start a POST driven by callbacks - see katas/selectors/README.md#task-2");
    }
}
