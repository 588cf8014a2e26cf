package asyncio;

import java.nio.channels.SelectableChannel;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * A single-threaded event loop: a FIFO of ready callbacks, a heap of timers and a selector to sleep
 * in, which also watches channels for {@link #addReader readers} and {@link #addWriter writers}.
 */
public final class EventLoop implements AutoCloseable {
    /** A loop on the real monotonic clock, or on a virtual one that jumps to the next timer when idle. */
    public EventLoop(boolean virtualClock) {
        throw new UnsupportedOperationException("TODO(task 1): create a loop on the real or on a virtual clock - see katas/asyncio/README.md#task-1");
    }

    /** The loop running on the calling thread (or driving the calling coroutine). */
    public static EventLoop getRunningLoop() {
        throw new UnsupportedOperationException("TODO(task 1): return the loop that runs the caller - see katas/asyncio/README.md#task-1");
    }

    /** The loop's clock in seconds: monotonic, and virtual if the loop was made so. */
    public double time() {
        throw new UnsupportedOperationException("TODO(task 1): read the loop's clock in seconds - see katas/asyncio/README.md#task-1");
    }

    /** Schedules a callback for the next iteration, after those already scheduled. */
    public Handle callSoon(Runnable callback) {
        throw new UnsupportedOperationException("TODO(task 1): run the callback on the next iteration, in the order scheduled - see katas/asyncio/README.md#task-1");
    }

    /** Schedules a callback {@code delay} seconds from now. */
    public Handle callLater(double delay, Runnable callback) {
        throw new UnsupportedOperationException("TODO(task 1): run the callback delay seconds from now - see katas/asyncio/README.md#task-1");
    }

    /** Schedules a callback at loop time {@code when}. */
    public Handle callAt(double when, Runnable callback) {
        throw new UnsupportedOperationException("TODO(task 1): run the callback at loop time when - see katas/asyncio/README.md#task-1");
    }

    /** call_soon from any thread: queues the callback and wakes the loop out of its selector. */
    public void callSoonThreadsafe(Runnable callback) {
        throw new UnsupportedOperationException("TODO(task 1): run the callback soon, even when asked from another thread - see katas/asyncio/README.md#task-1");
    }

    /** Runs until {@link #stop()} is called. */
    public void runForever() {
        throw new UnsupportedOperationException("TODO(task 1): run callbacks until stop() is called - see katas/asyncio/README.md#task-1");
    }

    /** Runs until the future is done and returns its result (or raises its exception). */
    public <T> T runUntilComplete(Future<T> future) {
        throw new UnsupportedOperationException("TODO(task 4): run until the future is done and return its outcome - see katas/asyncio/README.md#task-4");
    }

    /** Wraps the body in a task and runs until it is done. */
    public <T> T runUntilComplete(Body<T> body) {
        throw new UnsupportedOperationException("TODO(task 4): run the body as a task until it is done - see katas/asyncio/README.md#task-4");
    }

    /** Asks the loop to stop after the callbacks already ready have run. */
    public void stop() {
        throw new UnsupportedOperationException("TODO(task 1): stop the loop after the callbacks already ready - see katas/asyncio/README.md#task-1");
    }

    /** True while run_forever is on the stack. */
    public boolean isRunning() {
        throw new UnsupportedOperationException("TODO(task 1): tell whether the loop is running - see katas/asyncio/README.md#task-1");
    }

    /** True after {@link #close()}. */
    public boolean isClosed() {
        throw new UnsupportedOperationException("TODO(task 1): tell whether the loop is closed - see katas/asyncio/README.md#task-1");
    }

    /**
     * Drops every pending callback, releases the selector and the default executor, and closes every
     * channel still registered with the selector (the sockets of streams nobody closed). Idempotent.
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 1): close the loop and all it holds; closing twice is harmless - see katas/asyncio/README.md#task-1");
    }

    /** Calls back on the loop whenever the channel is readable (or can accept); replaces an earlier reader. */
    public void addReader(SelectableChannel channel, Runnable callback) {
        throw new UnsupportedOperationException("TODO(task 9): call back on the loop whenever the channel is readable - see katas/asyncio/README.md#task-9");
    }

    /** Stops watching the channel for reading; True if a reader was registered. */
    public boolean removeReader(SelectableChannel channel) {
        throw new UnsupportedOperationException("TODO(task 9): stop watching the channel for reading - see katas/asyncio/README.md#task-9");
    }

    /** Calls back on the loop whenever the channel is writable (or its connect has finished); replaces an earlier writer. */
    public void addWriter(SelectableChannel channel, Runnable callback) {
        throw new UnsupportedOperationException("TODO(task 9): call back on the loop whenever the channel is writable or connected - see katas/asyncio/README.md#task-9");
    }

    /** Stops watching the channel for writing; True if a writer was registered. */
    public boolean removeWriter(SelectableChannel channel) {
        throw new UnsupportedOperationException("TODO(task 9): stop watching the channel for writing - see katas/asyncio/README.md#task-9");
    }

    /** A new pending future bound to this loop. */
    public <T> Future<T> createFuture() {
        throw new UnsupportedOperationException("TODO(task 2): create a pending future on this loop - see katas/asyncio/README.md#task-2");
    }

    /** Wraps the coroutine body in a task, scheduled to take its first step soon. */
    public <T> Task<T> createTask(Body<T> body) {
        throw new UnsupportedOperationException("TODO(task 4): start the coroutine body as a task on this loop - see katas/asyncio/README.md#task-4");
    }

    /** The tasks of this loop that are not done yet ({@code asyncio.all_tasks()}). */
    public Set<Task<?>> allTasks() {
        throw new UnsupportedOperationException("TODO(task 4): list this loop's unfinished tasks - see katas/asyncio/README.md#task-4");
    }

    /** Runs a blocking function on the executor (a default pool when null); the future completes on the loop thread. */
    public <T> Future<T> runInExecutor(Executor executor, Callable<T> function) {
        throw new UnsupportedOperationException("TODO(task 6): run a blocking function off the loop, with a future for its outcome - see katas/asyncio/README.md#task-6");
    }
}
