package threads;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import py.RuntimeError;

/**
 * Python's {@code threading.Thread}: give it a target, or subclass it and override {@link #run()}.
 * {@link #shutdown()} is what the interpreter does at exit: wait for every non-daemon thread.
 */
public class PyThread {
    // Started threads the interpreter must wait for at exit (daemon threads never go in).
    private static final List<PyThread> NON_DAEMON = new CopyOnWriteArrayList<>();

    private final Runnable target;
    private final Thread thread;
    private volatile boolean daemon;
    private volatile boolean started;

    /** {@code Thread(target=f)}. */
    public PyThread(Runnable target) {
        this.target = target;
        this.thread = new Thread(this::bootstrap);
    }

    /** For subclasses that override {@link #run()}, like {@code class Spider(Thread)}. */
    protected PyThread() {
        this(null);
    }

    /** The thread's work: calls the target, if there is one. */
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    /** {@code t.start()}: runs {@link #run()} in a new thread; only once per object. */
    public final synchronized void start() {
        if (started) {
            throw new RuntimeError("threads can only be started once");
        }
        started = true;
        // A daemon PyThread is a daemon Java thread too: neither keeps its process alive.
        thread.setDaemon(daemon);
        if (!daemon) {
            NON_DAEMON.add(this);
        }
        thread.start();
    }

    /** {@code t.join()}: waits until the thread has finished. */
    public final void join() {
        join(Timeouts.FOREVER);
    }

    /** {@code t.join(timeout)}: waits at most timeout seconds; check {@link #isAlive()} afterwards. */
    public final void join(double timeout) {
        if (!started) {
            throw new RuntimeError("cannot join thread before it is started");
        }
        try {
            if (timeout < 0) {
                thread.join();
            } else if (timeout > 0) {
                // At least 1 ns: Java's join(0, 0) would mean "forever", the opposite of a tiny timeout.
                long nanos = Math.max(1, (long) (timeout * 1e9));
                thread.join(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
            // t.join(0) only looks: the thread is finished or it is not.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code t.is_alive()}. */
    public final boolean isAlive() {
        return thread.isAlive();
    }

    /** {@code t.daemon}. */
    public final boolean isDaemon() {
        return daemon;
    }

    /** {@code t.daemon = flag}: only before start(). */
    public final synchronized void setDaemon(boolean daemon) {
        if (started) {
            throw new RuntimeError("cannot set daemon status of active thread");
        }
        this.daemon = daemon;
    }

    /** What the interpreter does at exit: join every non-daemon thread, abandon the daemon ones. */
    public static void shutdown() {
        for (PyThread pending : NON_DAEMON) {
            pending.join();
        }
    }

    private void bootstrap() {
        try {
            run();
        } finally {
            NON_DAEMON.remove(this);
        }
    }
}
