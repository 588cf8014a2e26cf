package selectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.function.Consumer;
import py.KeyError;
import py.ValueError;

/**
 * The notes' {@code loop()}: one thread, one {@link Selector}, and a callback per registered
 * channel, like {@code selector.register(sock, EVENT_WRITE, self.connected)}.
 */
public final class EventLoop implements AutoCloseable {
    private final Selector selector;

    public EventLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Watches {@code channel} for {@code ops} (SelectionKey.OP_*); {@code callback} runs when one is ready. */
    public void register(SelectableChannel channel, int ops, Consumer<SelectionKey> callback) throws IOException {
        checkOps(channel, ops);
        SelectionKey key = channel.keyFor(selector);
        if (key != null && key.isValid()) {
            throw new KeyError(channel + " is already registered");
        }
        if (key != null) {
            selector.selectNow(); // a cancelled key must leave the selector before the channel can come back
        }
        channel.register(selector, ops, callback);
    }

    /** Changes what {@code channel} is watched for and which callback runs. */
    public void modify(SelectableChannel channel, int ops, Consumer<SelectionKey> callback) {
        checkOps(channel, ops);
        SelectionKey key = validKey(channel);
        key.interestOps(ops);
        key.attach(callback);
    }

    /** Stops watching {@code channel} (closing a channel also stops watching it). */
    public void unregister(SelectableChannel channel) {
        validKey(channel).cancel();
    }

    /** Runs until nothing is registered; callbacks run on this thread, one at a time. */
    public void run() throws IOException {
        while (selector.keys().stream().anyMatch(SelectionKey::isValid)) {
            selector.select(); // blocks until something is ready: no busy-waiting
            Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
            while (ready.hasNext()) {
                SelectionKey key = ready.next();
                ready.remove();
                // an earlier callback in this round may have unregistered this key
                if (key.isValid()) {
                    @SuppressWarnings("unchecked")
                    Consumer<SelectionKey> callback = (Consumer<SelectionKey>) key.attachment();
                    callback.accept(key);
                }
            }
        }
        selector.selectNow(); // flush cancelled keys: a closed channel's socket is only released then
    }

    private SelectionKey validKey(SelectableChannel channel) {
        SelectionKey key = channel.keyFor(selector);
        if (key == null || !key.isValid()) {
            throw new KeyError(channel + " is not registered");
        }
        return key;
    }

    private static void checkOps(SelectableChannel channel, int ops) {
        if (ops == 0 || (ops & ~channel.validOps()) != 0) {
            throw new ValueError("Invalid events: " + ops);
        }
    }

    @Override
    public void close() throws IOException {
        selector.close();
    }
}
