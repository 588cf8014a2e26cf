package coroutines;

import py.PyBaseException;

/** A native coroutine object ({@code async def}): driven by send/throw/close, awaited, never iterated. */
public final class Coroutine implements GeneratorProtocol, Awaitable {
    private final Engine engine;

    /** Calling an {@code async def} function: a coroutine with a fresh frame; none of the body runs yet. */
    public Coroutine(String name, Code code) {
        this.engine = new Engine("coroutine", name, code);
    }

    @Override
    public Object send(Object value) {
        return engine.send(value);
    }

    @Override
    public Object throw_(PyBaseException exc) {
        return engine.throwIn(exc);
    }

    @Override
    public void close() {
        engine.close();
    }

    /** {@code coro.__await__()}: the coroutine itself stands in for CPython's coroutine_wrapper. */
    @Override
    public Object __await__() {
        return this;
    }

    /** {@code inspect.getcoroutinestate(coro)}. */
    public CoroState state() {
        return CoroState.values()[engine.state().ordinal()];
    }

    /** {@code coro.cr_frame}: the frame, or null once finished. */
    public Frame crFrame() {
        return engine.frame();
    }
}
