package asyncio;

/**
 * A Java method that can pause at {@link #await}: it runs on its own thread, but only while the
 * caller of {@link #send}/{@link #throwIn} waits for it, so exactly one of the two runs at a time.
 */
public final class Coroutine<T> {
    /** A coroutine that has not started: nothing runs until the first send. */
    public Coroutine(Body<T> body) {
        throw new UnsupportedOperationException("TODO(task 3): create a coroutine that runs nothing before the first send - see katas/asyncio/README.md#task-3");
    }

    /** Resumes the coroutine (None only, as asyncio does) until it awaits a pending future, which is returned. */
    public Future<?> send(Object value) {
        throw new UnsupportedOperationException("TODO(task 3): resume the coroutine until it awaits a pending future - see katas/asyncio/README.md#task-3");
    }

    /** Raises the error at the point where the coroutine is paused; returns the next awaited future. */
    public Future<?> throwIn(Throwable error) {
        throw new UnsupportedOperationException("TODO(task 3): raise the error where the coroutine is paused - see katas/asyncio/README.md#task-3");
    }

    /** True once the body returned or raised. */
    public boolean done() {
        throw new UnsupportedOperationException("TODO(task 3): tell whether the body has finished - see katas/asyncio/README.md#task-3");
    }

    /** Inside a coroutine: the future's result, pausing the coroutine until the future is done. */
    public static <R> R await(Future<R> future) {
        throw new UnsupportedOperationException("TODO(task 3): pause the calling coroutine until the future is done and return its result - see katas/asyncio/README.md#task-3");
    }
}
