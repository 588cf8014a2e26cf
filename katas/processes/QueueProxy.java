package processes;

import java.io.Serializable;

/**
 * A proxy to a FIFO queue that lives in a {@link Manager}'s process: the process-safe queue that
 * pool workers can share ({@code Manager().Queue()}).
 */
public final class QueueProxy<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    QueueProxy() {
        throw new UnsupportedOperationException("TODO(task 4): a proxy that knows how to reach its queue in the manager - see katas/processes/README.md#task-4");
    }

    /** {@code q.put(item)}. */
    public void put(T item) {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager to enqueue the item - see katas/processes/README.md#task-4");
    }

    /** {@code q.get()}: blocks until an item is there. */
    public T get() {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager for the oldest item, waiting for one - see katas/processes/README.md#task-4");
    }

    /** {@code q.qsize()}. */
    public int qsize() {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager how many items wait - see katas/processes/README.md#task-4");
    }
}
