package asyncio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import py.RuntimeError;

/**
 * A single-threaded event loop: a FIFO of ready callbacks, a heap of timers and a selector to sleep
 * in, which also watches channels for {@link #addReader readers} and {@link #addWriter writers}.
 */
public final class EventLoop implements AutoCloseable {
    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();
    private static final int READ_OPS = SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
    // Java reports a connect in progress as OP_CONNECT, not OP_WRITE: a writer waits for either.
    private static final int WRITE_OPS = SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;

    /** What the loop calls for one channel; attached to its selection key. */
    private static final class Watchers {
        Handle reader;
        Handle writer;

        /** Puts the replacement (or null) in the writer's or the reader's place; cancels and returns what was there. */
        Handle replace(boolean forWriting, Handle replacement) {
            Handle previous = forWriting ? writer : reader;
            if (forWriting) {
                writer = replacement;
            } else {
                reader = replacement;
            }
            if (previous != null) {
                previous.cancel(); // it may already be queued for this iteration: it must not run any more
            }
            return previous;
        }

        int interestOps(SelectableChannel channel) {
            return channel.validOps() & ((reader != null ? READ_OPS : 0) | (writer != null ? WRITE_OPS : 0));
        }
    }

    private final boolean virtualClock;
    private final long origin = System.nanoTime();
    private double virtualNow;
    private long sequence;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    // Ties on the due time are broken by scheduling order, so equal timers run FIFO.
    private final PriorityQueue<Handle> timers = new PriorityQueue<>(
            Comparator.comparingDouble((Handle h) -> h.when).thenComparingLong(h -> h.sequence));
    // The only structure other threads touch: call_soon_threadsafe drops callbacks here.
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final Selector selector;
    private final Set<Task<?>> tasks = new LinkedHashSet<>();
    private ExecutorService defaultExecutor;
    private Thread runningThread;
    private boolean stopping;
    private boolean closed;

    /** A loop on the real monotonic clock, or on a virtual one that jumps to the next timer when idle. */
    public EventLoop(boolean virtualClock) {
        this.virtualClock = virtualClock;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loop running on the calling thread (or driving the calling coroutine). */
    public static EventLoop getRunningLoop() {
        EventLoop loop = RUNNING.get();
        if (loop == null) {
            throw new RuntimeError("no running event loop");
        }
        return loop;
    }

    static EventLoop runningOrNull() {
        return RUNNING.get();
    }

    static void setRunning(EventLoop loop) {
        RUNNING.set(loop);
    }

    /** The loop's clock in seconds: monotonic, and virtual if the loop was made so. */
    public double time() {
        return virtualClock ? virtualNow : (System.nanoTime() - origin) / 1e9;
    }

    /** Schedules a callback for the next iteration, after those already scheduled. */
    public Handle callSoon(Runnable callback) {
        checkClosed();
        Handle handle = new Handle(callback, time(), sequence++);
        ready.add(handle);
        return handle;
    }

    /** Schedules a callback {@code delay} seconds from now. */
    public Handle callLater(double delay, Runnable callback) {
        return callAt(time() + delay, callback);
    }

    /** Schedules a callback at loop time {@code when}. */
    public Handle callAt(double when, Runnable callback) {
        checkClosed();
        Handle handle = new Handle(callback, when, sequence++);
        timers.add(handle);
        return handle;
    }

    /** call_soon from any thread: queues the callback and wakes the loop out of its selector. */
    public void callSoonThreadsafe(Runnable callback) {
        checkClosed();
        inbox.add(callback);
        selector.wakeup();
    }

    /** Runs until {@link #stop()} is called. */
    public void runForever() {
        checkClosed();
        if (runningThread != null) {
            throw new RuntimeError("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw new RuntimeError("Cannot run the event loop while another loop is running");
        }
        runningThread = Thread.currentThread();
        RUNNING.set(this);
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            runningThread = null;
            RUNNING.remove();
        }
    }

    /** Runs until the future is done and returns its result (or raises its exception). */
    public <T> T runUntilComplete(Future<T> future) {
        checkClosed();
        if (runningThread != null) {
            throw new RuntimeError("This event loop is already running");
        }
        java.util.function.Consumer<Future<T>> stopper = f -> stop();
        future.addDoneCallback(stopper);
        try {
            runForever();
        } finally {
            future.removeDoneCallback(stopper);
        }
        if (!future.done()) {
            throw new RuntimeError("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    /** Wraps the body in a task and runs until it is done. */
    public <T> T runUntilComplete(Body<T> body) {
        checkClosed();
        return runUntilComplete(createTask(body));
    }

    /** Asks the loop to stop after the callbacks already ready have run. */
    public void stop() {
        stopping = true;
    }

    /** True while run_forever is on the stack. */
    public boolean isRunning() {
        return runningThread != null;
    }

    /** True after {@link #close()}. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Drops every pending callback, releases the selector and the default executor, and closes every
     * channel still registered with the selector (the sockets of streams nobody closed). Idempotent.
     */
    @Override
    public void close() {
        if (runningThread != null) {
            throw new RuntimeError("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        timers.clear();
        inbox.clear();
        for (Task<?> task : new ArrayList<>(tasks)) {
            task.abandon();
        }
        // The tasks stay listed: CPython's all_tasks(loop) still shows those that never finished.
        if (defaultExecutor != null) {
            defaultExecutor.shutdownNow();
        }
        try {
            // CPython leaves such sockets to the garbage collector ("unclosed transport"); nothing is leaked here.
            for (SelectionKey key : new ArrayList<>(selector.keys())) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls back on the loop whenever the channel is readable (or can accept); replaces an earlier reader. */
    public void addReader(SelectableChannel channel, Runnable callback) {
        watch(channel, callback, false);
    }

    /** Stops watching the channel for reading; True if a reader was registered. */
    public boolean removeReader(SelectableChannel channel) {
        return unwatch(channel, false);
    }

    /** Calls back on the loop whenever the channel is writable (or its connect has finished); replaces an earlier writer. */
    public void addWriter(SelectableChannel channel, Runnable callback) {
        watch(channel, callback, true);
    }

    /** Stops watching the channel for writing; True if a writer was registered. */
    public boolean removeWriter(SelectableChannel channel) {
        return unwatch(channel, true);
    }

    private void watch(SelectableChannel channel, Runnable callback, boolean forWriting) {
        checkClosed();
        SelectionKey key = channel.keyFor(selector);
        boolean registered = key != null && key.isValid();
        Watchers watchers = registered ? (Watchers) key.attachment() : new Watchers();
        watchers.replace(forWriting, new Handle(callback, 0, sequence++));
        try {
            if (registered) {
                key.interestOps(watchers.interestOps(channel));
            } else {
                channel.register(selector, watchers.interestOps(channel), watchers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean unwatch(SelectableChannel channel, boolean forWriting) {
        SelectionKey key = closed ? null : channel.keyFor(selector);
        if (key == null || !key.isValid()) {
            return false;
        }
        Watchers watchers = (Watchers) key.attachment();
        boolean wasWatched = watchers.replace(forWriting, null) != null;
        // The key stays registered with no interest: a cancelled key could not be registered again before the next select.
        key.interestOps(watchers.interestOps(channel));
        return wasWatched;
    }

    /** A new pending future bound to this loop. */
    public <T> Future<T> createFuture() {
        return new Future<>(this);
    }

    /** Wraps the coroutine body in a task, scheduled to take its first step soon. */
    public <T> Task<T> createTask(Body<T> body) {
        checkClosed();
        Task<T> task = new Task<>(this, body);
        tasks.add(task);
        return task;
    }

    /** The tasks of this loop that are not done yet ({@code asyncio.all_tasks()}). */
    public Set<Task<?>> allTasks() {
        tasks.removeIf(Future::done);
        return new LinkedHashSet<>(tasks);
    }

    /** Runs a blocking function on the executor (a default pool when null); the future completes on the loop thread. */
    public <T> Future<T> runInExecutor(Executor executor, Callable<T> function) {
        checkClosed();
        Future<T> future = createFuture();
        Executor target = executor != null ? executor : defaultExecutor();
        target.execute(() -> {
            try {
                T value = function.call();
                callSoonThreadsafe(() -> {
                    if (!future.done()) {
                        future.setResult(value);
                    }
                });
            } catch (Throwable error) {
                callSoonThreadsafe(() -> {
                    if (!future.done()) {
                        future.setException(error);
                    }
                });
            }
        });
        return future;
    }

    private ExecutorService defaultExecutor() {
        if (defaultExecutor == null) {
            defaultExecutor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "asyncio-executor");
                t.setDaemon(true);
                return t;
            });
        }
        return defaultExecutor;
    }

    private void checkClosed() {
        if (closed) {
            throw new RuntimeError("Event loop is closed");
        }
    }

    /** One iteration: poll the selector (waiting only if nothing is ready), collect due timers, run what is ready now. */
    private void runOnce() {
        drainInbox();
        while (!timers.isEmpty() && timers.peek().cancelled()) {
            timers.poll();
        }
        // Poll even when callbacks are ready, so that a busy loop never starves its channels.
        poll(ready.isEmpty() && !stopping);
        drainInbox();
        double now = time();
        while (!timers.isEmpty() && timers.peek().when <= now) {
            Handle due = timers.poll();
            if (!due.cancelled()) {
                ready.add(due);
            }
        }
        // Only what is ready now: callbacks scheduled by these run on the next iteration.
        int count = ready.size();
        for (int i = 0; i < count; i++) {
            Handle handle = ready.poll();
            if (!handle.cancelled()) {
                handle.callback.run();
            }
        }
    }

    /** Selects once, then queues the reader and writer callbacks of the channels that are ready. */
    private void poll(boolean mayWait) {
        try {
            int selected = select(mayWait);
            if (virtualClock && mayWait && selected == 0 && inbox.isEmpty() && !timers.isEmpty()) {
                // Nothing else can happen before the first timer, so pretend the wait already took place.
                virtualNow = Math.max(virtualNow, timers.peek().when);
            }
            for (SelectionKey key : selector.selectedKeys()) {
                Watchers watchers = (Watchers) key.attachment();
                int readyOps = key.isValid() ? key.readyOps() : 0;
                if ((readyOps & READ_OPS) != 0 && watchers.reader != null) {
                    ready.add(watchers.reader);
                }
                if ((readyOps & WRITE_OPS) != 0 && watchers.writer != null) {
                    ready.add(watchers.writer);
                }
            }
            selector.selectedKeys().clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for I/O until the first timer is due. On the virtual clock the wait is real only while
     * a channel is watched: jumping straight to the timer would let a wait_for time out before the
     * network could answer. With no channel watched the virtual wait takes no time at all.
     */
    private int select(boolean mayWait) throws IOException {
        if (!mayWait) {
            return selector.selectNow();
        }
        if (timers.isEmpty()) {
            return selector.select();
        }
        double delay = timers.peek().when - time();
        if (delay <= 0 || virtualClock && !watchingChannels()) {
            return selector.selectNow();
        }
        return selector.select(Math.max(1, (long) Math.ceil(delay * 1000)));
    }

    private boolean watchingChannels() {
        for (SelectionKey key : selector.keys()) {
            if (key.isValid() && key.interestOps() != 0) {
                return true;
            }
        }
        return false;
    }

    private void drainInbox() {
        Runnable callback;
        while ((callback = inbox.poll()) != null) {
            ready.add(new Handle(callback, time(), sequence++));
        }
    }

}
