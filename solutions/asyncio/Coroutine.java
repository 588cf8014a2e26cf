package asyncio;

import java.util.concurrent.SynchronousQueue;
import py.RuntimeError;
import py.StopIteration;
import py.TypeError;

/**
 * A Java method that can pause at {@link #await}: it runs on its own thread, but only while the
 * caller of {@link #send}/{@link #throwIn} waits for it, so exactly one of the two runs at a time.
 */
public final class Coroutine<T> {
    private static final ThreadLocal<Coroutine<?>> CURRENT = new ThreadLocal<>();

    private record Resume(Throwable error, EventLoop loop) { }

    private record Yielded(Future<?> future) { }

    private record Returned(Object value) { }

    private record Raised(Throwable error) { }

    private final Body<T> body;
    private final SynchronousQueue<Resume> toCoroutine = new SynchronousQueue<>();
    private final SynchronousQueue<Object> toCaller = new SynchronousQueue<>();
    private Thread thread;
    private boolean finished;

    /** A coroutine that has not started: nothing runs until the first send. */
    public Coroutine(Body<T> body) {
        this.body = body;
    }

    /** Resumes the coroutine (None only, as asyncio does) until it awaits a pending future, which is returned. */
    public Future<?> send(Object value) {
        if (value != null && thread == null) {
            throw new TypeError("can't send non-None value to a just-started coroutine");
        }
        return resume(null);
    }

    /** Raises the error at the point where the coroutine is paused; returns the next awaited future. */
    public Future<?> throwIn(Throwable error) {
        return resume(error);
    }

    /** True once the body returned or raised. */
    public boolean done() {
        return finished;
    }

    /** Inside a coroutine: the future's result, pausing the coroutine until the future is done. */
    public static <R> R await(Future<R> future) {
        Coroutine<?> self = CURRENT.get();
        if (self == null) {
            throw new RuntimeError("await outside of a coroutine");
        }
        if (!future.done()) {
            // Hand the future to whoever drives us, and sleep until they resume us.
            Resume resume = self.exchange(new Yielded(future));
            if (resume.error() != null) {
                throw Future.<RuntimeException>sneaky(resume.error());
            }
        }
        return future.result();
    }

    private Future<?> resume(Throwable error) {
        if (finished) {
            throw new RuntimeError("cannot reuse already awaited coroutine");
        }
        if (thread == null) {
            if (error != null) {
                // Throwing into a coroutine that never ran: it ends without running its body.
                finished = true;
                throw Future.<RuntimeException>sneaky(error);
            }
            thread = new Thread(this::runBody, "coroutine");
            thread.setDaemon(true);
            thread.start();
        }
        Object outcome = handOff(new Resume(error, EventLoop.runningOrNull()));
        if (outcome instanceof Yielded yielded) {
            return yielded.future();
        }
        finished = true;
        if (outcome instanceof Returned returned) {
            @SuppressWarnings("unchecked")
            T value = (T) returned.value();
            throw new StopIteration(value);
        }
        throw Future.<RuntimeException>sneaky(((Raised) outcome).error());
    }

    private void runBody() {
        CURRENT.set(this);
        Object outcome;
        try {
            Resume first = take(toCoroutine);
            EventLoop.setRunning(first.loop());
            outcome = new Returned(body.run());
        } catch (Throwable error) {
            outcome = new Raised(error);
        }
        put(toCaller, outcome);
    }

    /** Caller side: wake the coroutine with a message and wait for what it says back. */
    private Object handOff(Resume resume) {
        put(toCoroutine, resume);
        return take(toCaller);
    }

    /** Coroutine side: say something to the caller and wait to be resumed. */
    private Resume exchange(Object message) {
        put(toCaller, message);
        Resume resume = take(toCoroutine);
        EventLoop.setRunning(resume.loop());
        return resume;
    }

    private static <M> M take(SynchronousQueue<M> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeError("coroutine thread interrupted");
        }
    }

    private static <M> void put(SynchronousQueue<M> queue, M message) {
        try {
            queue.put(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeError("coroutine thread interrupted");
        }
    }
}
