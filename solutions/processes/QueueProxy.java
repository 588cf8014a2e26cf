package processes;

import java.io.Serializable;

/**
 * A proxy to a FIFO queue that lives in a {@link Manager}'s process: the process-safe queue that
 * pool workers can share ({@code Manager().Queue()}).
 */
public final class QueueProxy<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int port;
    private final int id;

    QueueProxy(int port, int id) {
        this.port = port;
        this.id = id;
    }

    /** {@code q.put(item)}. */
    public void put(T item) {
        ManagerServer.call(port, id, "put", item);
    }

    /** {@code q.get()}: blocks until an item is there. */
    @SuppressWarnings("unchecked")
    public T get() {
        return (T) ManagerServer.call(port, id, "get");
    }

    /** {@code q.qsize()}. */
    public int qsize() {
        return (Integer) ManagerServer.call(port, id, "qsize");
    }
}
