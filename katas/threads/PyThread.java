package threads;

/**
 * Python's {@code threading.Thread}: give it a target, or subclass it and override {@link #run()}.
 * {@link #shutdown()} is what the interpreter does at exit: wait for every non-daemon thread.
 */
public class PyThread {
    /** {@code Thread(target=f)}. */
    public PyThread(Runnable target) {
        throw new UnsupportedOperationException("TODO(task 1): remember the target; nothing runs until start() - see katas/threads/README.md#task-1");
    }

    /** For subclasses that override {@link #run()}, like {@code class Spider(Thread)}. */
    protected PyThread() {
        throw new UnsupportedOperationException("TODO(task 1): a thread whose work is an overridden run() - see katas/threads/README.md#task-1");
    }

    /** The thread's work: calls the target, if there is one. */
    public void run() {
        throw new UnsupportedOperationException("TODO(task 1): run the target - see katas/threads/README.md#task-1");
    }

    /** {@code t.start()}: runs {@link #run()} in a new thread; only once per object. */
    public final void start() {
        throw new UnsupportedOperationException("TODO(task 1): run run() in a new thread, at most once - see katas/threads/README.md#task-1");
    }

    /** {@code t.join()}: waits until the thread has finished. */
    public final void join() {
        throw new UnsupportedOperationException("TODO(task 1): wait for the thread to finish - see katas/threads/README.md#task-1");
    }

    /** {@code t.join(timeout)}: waits at most timeout seconds; check {@link #isAlive()} afterwards. */
    public final void join(double timeout) {
        throw new UnsupportedOperationException("TODO(task 1): wait at most timeout seconds for the thread to finish - see katas/threads/README.md#task-1");
    }

    /** {@code t.is_alive()}. */
    public final boolean isAlive() {
        throw new UnsupportedOperationException("TODO(task 1): tell whether the thread is running - see katas/threads/README.md#task-1");
    }

    /** {@code t.daemon}. */
    public final boolean isDaemon() {
        throw new UnsupportedOperationException("TODO(task 1): report the daemon flag - see katas/threads/README.md#task-1");
    }

    /** {@code t.daemon = flag}: only before start(). */
    public final void setDaemon(boolean daemon) {
        throw new UnsupportedOperationException("TODO(task 1): set the daemon flag before the thread starts - see katas/threads/README.md#task-1");
    }

    /** What the interpreter does at exit: join every non-daemon thread, abandon the daemon ones. */
    public static void shutdown() {
        throw new UnsupportedOperationException("TODO(task 1): wait for every started non-daemon thread - see katas/threads/README.md#task-1");
    }
}
