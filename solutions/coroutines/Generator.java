package coroutines;

import py.PyBaseException;

/** A generator object with the whole protocol: next, send, throw, close and yield from. */
public final class Generator implements PyIterator, GeneratorProtocol {
    private final Engine engine;

    /** Calling a generator function: a generator with a fresh frame; none of the body runs yet. */
    public Generator(String name, Code code) {
        this.engine = new Engine("generator", name, code);
    }

    /** {@code next(gen)} is {@code gen.send(None)}. */
    @Override
    public Object __next__() {
        return engine.send(null);
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

    /** {@code inspect.getgeneratorstate(gen)}. */
    public GenState state() {
        return GenState.values()[engine.state().ordinal()];
    }

    /** {@code gen.gi_frame}: the frame, or null once finished. */
    public Frame giFrame() {
        return engine.frame();
    }

    /** {@code gen.gi_yieldfrom}: the iterator a yield from is delegating to, or null. */
    public Object giYieldfrom() {
        return engine.delegate();
    }
}
