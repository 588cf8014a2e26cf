package coroutines;

import py.PyBaseException;

/** A native coroutine object ({@code async def}): driven by send/throw/close, awaited, never iterated. */
public final class Coroutine implements GeneratorProtocol, Awaitable {

    /** Calling an {@code async def} function: a coroutine with a fresh frame; none of the body runs yet. */
    public Coroutine(String name, Code code) {
        throw new UnsupportedOperationException("TODO(task 4): create a coroutine with its own frame - see katas/coroutines/README.md#task-4");
    }

    /** {@code coro.send(value)}. */
    @Override
    public Object send(Object value) {
        throw new UnsupportedOperationException("TODO(task 4): resume the coroutine with a value - see katas/coroutines/README.md#task-4");
    }

    /** {@code coro.throw(exc)}. */
    @Override
    public Object throw_(PyBaseException exc) {
        throw new UnsupportedOperationException("TODO(task 4): raise the exception where the coroutine is paused - see katas/coroutines/README.md#task-4");
    }

    /** {@code coro.close()}. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 4): close the coroutine - see katas/coroutines/README.md#task-4");
    }

    /** {@code coro.__await__()}: what an await on this coroutine delegates to. */
    @Override
    public Object __await__() {
        throw new UnsupportedOperationException("TODO(task 4): return what await delegates to - see katas/coroutines/README.md#task-4");
    }

    /** {@code inspect.getcoroutinestate(coro)}. */
    public CoroState state() {
        throw new UnsupportedOperationException("TODO(task 4): report the coroutine's state - see katas/coroutines/README.md#task-4");
    }

    /** {@code coro.cr_frame}. */
    public Frame crFrame() {
        throw new UnsupportedOperationException("TODO(task 4): return the coroutine's frame - see katas/coroutines/README.md#task-4");
    }
}
