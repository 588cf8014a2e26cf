package selectors;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.function.Consumer;

/**
 * The notes' {@code loop()}: one thread, one Selector, and a callback per registered channel,
 * like {@code selector.register(sock, EVENT_WRITE, self.connected)}.
 */
public final class EventLoop implements AutoCloseable {

    public EventLoop() {
        throw new UnsupportedOperationException("TODO(task 2): open the loop's selector - see katas/selectors/README.md#task-2");
    }

    /** Watches {@code channel} for {@code ops} (SelectionKey.OP_*); {@code callback} runs when one is ready. */
    public void register(SelectableChannel channel, int ops, Consumer<SelectionKey> callback) throws IOException {
        throw new UnsupportedOperationException("TODO(task 2): register a channel with its callback - see katas/selectors/README.md#task-2");
    }

    /** Changes what {@code channel} is watched for and which callback runs. */
    public void modify(SelectableChannel channel, int ops, Consumer<SelectionKey> callback) {
        throw new UnsupportedOperationException("TODO(task 2): change a registration - see katas/selectors/README.md#task-2");
    }

    /** Stops watching {@code channel} (closing a channel also stops watching it). */
    public void unregister(SelectableChannel channel) {
        throw new UnsupportedOperationException("TODO(task 2): drop a registration - see katas/selectors/README.md#task-2");
    }

    /** Runs until nothing is registered; callbacks run on this thread, one at a time. */
    public void run() throws IOException {
        throw new UnsupportedOperationException("TODO(task 2): dispatch ready channels to their callbacks - see katas/selectors/README.md#task-2");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO(task 2): close the selector - see katas/selectors/README.md#task-2");
    }
}
