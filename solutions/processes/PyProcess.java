package processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import py.AssertionFailure;
import py.RuntimeError;

/**
 * {@code multiprocessing.Process} with a {@code Pipe()} already attached: the target runs in a
 * child JVM and gets the child's end of a duplex connection; {@link #pipe()} is the parent's end.
 */
public final class PyProcess {
    private final Task<Connection, ?> target;
    private Process child;
    private Connection parentEnd;

    /** {@code Process(target=f, args=(child_conn,))}; nothing runs before start(). */
    public PyProcess(Task<Connection, ?> target) {
        this.target = target;
    }

    /** {@code p.start()}: launches the child JVM and sends it the target. */
    public synchronized void start() {
        if (child != null) {
            throw new AssertionFailure("cannot start a process twice");
        }
        try {
            child = Children.start("process");
            parentEnd = new Connection(child.getInputStream(), child.getOutputStream());
            Frames.write(child.getOutputStream(), Frames.dumps(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parent's end of the pipe. */
    public synchronized Connection pipe() {
        if (parentEnd == null) {
            throw new RuntimeError("the process has not been started");
        }
        return parentEnd;
    }

    /** {@code p.join()}: waits for the child to exit. */
    public void join() {
        Process process;
        synchronized (this) {
            if (child == null) {
                throw new AssertionFailure("can only join a started process");
            }
            process = child;
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code p.exitcode}: null while running, else the child's exit status. */
    public Integer exitCode() {
        Process process = started();
        return process.isAlive() ? null : process.exitValue();
    }

    /** {@code p.pid}. */
    public long pid() {
        return started().pid();
    }

    /** {@code p.kill()}: ends the child at once and reaps it. */
    public void kill() {
        Children.kill(started());
    }

    private synchronized Process started() {
        if (child == null) {
            throw new RuntimeError("the process has not been started");
        }
        return child;
    }
}
