package processes;

/**
 * {@code multiprocessing.Process} with a {@code Pipe()} already attached: the target runs in a
 * child JVM and gets the child's end of a duplex connection; {@link #pipe()} is the parent's end.
 */
public final class PyProcess {
    /** {@code Process(target=f, args=(child_conn,))}; nothing runs before start(). */
    public PyProcess(Task<Connection, ?> target) {
        throw new UnsupportedOperationException("TODO(task 3): remember the target; nothing runs before start() - see katas/processes/README.md#task-3");
    }

    /** {@code p.start()}: launches the child JVM and sends it the target. */
    public void start() {
        throw new UnsupportedOperationException("TODO(task 3): start a child JVM that runs the target - see katas/processes/README.md#task-3");
    }

    /** The parent's end of the pipe. */
    public Connection pipe() {
        throw new UnsupportedOperationException("TODO(task 3): return the parent's end of the pipe - see katas/processes/README.md#task-3");
    }

    /** {@code p.join()}: waits for the child to exit. */
    public void join() {
        throw new UnsupportedOperationException("TODO(task 3): wait for the child to exit - see katas/processes/README.md#task-3");
    }

    /** {@code p.exitcode}: null while running, else the child's exit status. */
    public Integer exitCode() {
        throw new UnsupportedOperationException("TODO(task 3): report the child's exit status - see katas/processes/README.md#task-3");
    }

    /** {@code p.pid}. */
    public long pid() {
        throw new UnsupportedOperationException("TODO(task 3): report the child's pid - see katas/processes/README.md#task-3");
    }

    /** {@code p.kill()}: ends the child at once and reaps it. */
    public void kill() {
        throw new UnsupportedOperationException("TODO(task 3): kill the child and reap it - see katas/processes/README.md#task-3");
    }
}
