package processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import py.RuntimeError;

/**
 * {@code multiprocessing.Manager()}: a server process that owns shared objects. Other processes
 * never touch the objects themselves; they hold proxies that send each method call to the server
 * over a loopback socket.
 */
public final class Manager implements AutoCloseable {
    private final Process server;
    private final int port;

    /** Starts the manager's server process and learns the port it listens on. */
    public Manager() {
        try {
            server = Children.start("manager");
            byte[] hello = Frames.read(server.getInputStream());
            if (hello == null) {
                Children.kill(server);
                throw new RuntimeError("the manager process exited before it was ready");
            }
            port = (Integer) Frames.loads(hello);
        } catch (IOException | ClassNotFoundException e) {
            throw new RuntimeError("cannot start the manager process: " + e, e);
        }
    }

    /** {@code manager.dict()}: a new, empty shared dict, and a proxy to it. */
    public <K, V> DictProxy<K, V> dict() {
        return new DictProxy<>(port, create("dict"));
    }

    /** {@code manager.Queue()}: a new shared FIFO queue, and a proxy to it. */
    public <T> QueueProxy<T> queue() {
        return new QueueProxy<>(port, create("queue"));
    }

    /** The server process's id. */
    public long pid() {
        return server.pid();
    }

    /** {@code manager.shutdown()}: stops the server process; proxies stop working. */
    public void shutdown() {
        try {
            server.getOutputStream().close();
            server.waitFor();
        } catch (IOException e) {
            Children.kill(server);
        } catch (InterruptedException e) {
            Children.kill(server);
            Thread.currentThread().interrupt();
        }
    }

    /** {@code with Manager() as m:} ends with shutdown(). */
    @Override
    public void close() {
        shutdown();
    }

    private int create(String kind) {
        try {
            return (Integer) ManagerServer.call(port, -1, "create", kind);
        } catch (UncheckedIOException e) {
            throw new RuntimeError("the manager process is gone", e);
        }
    }
}
