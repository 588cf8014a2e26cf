package processes;

/**
 * {@code multiprocessing.Manager()}: a server process that owns shared objects. Other processes
 * never touch the objects themselves; they hold proxies that send each method call to the server.
 */
public final class Manager implements AutoCloseable {
    /** Starts the manager's server process. */
    public Manager() {
        throw new UnsupportedOperationException("TODO(task 4): start the manager's server process - see katas/processes/README.md#task-4");
    }

    /** {@code manager.dict()}: a new, empty shared dict, and a proxy to it. */
    public <K, V> DictProxy<K, V> dict() {
        throw new UnsupportedOperationException("TODO(task 4): create a dict in the manager and return a proxy to it - see katas/processes/README.md#task-4");
    }

    /** {@code manager.Queue()}: a new shared FIFO queue, and a proxy to it. */
    public <T> QueueProxy<T> queue() {
        throw new UnsupportedOperationException("TODO(task 4): create a queue in the manager and return a proxy to it - see katas/processes/README.md#task-4");
    }

    /** The server process's id. */
    public long pid() {
        throw new UnsupportedOperationException("TODO(task 4): report the manager process's pid - see katas/processes/README.md#task-4");
    }

    /** {@code manager.shutdown()}: stops the server process; proxies stop working. */
    public void shutdown() {
        throw new UnsupportedOperationException("TODO(task 4): stop the manager process and reap it - see katas/processes/README.md#task-4");
    }

    /** {@code with Manager() as m:} ends with shutdown(). */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 4): shut the manager down - see katas/processes/README.md#task-4");
    }
}
