package coroutines;

import py.PyBaseException;

/** A generator object with the whole protocol: next, send, throw, close and yield from. */
public final class Generator implements PyIterator, GeneratorProtocol {

    /** Calling a generator function: a generator with a fresh frame; none of the body runs yet. */
    public Generator(String name, Code code) {
        throw new UnsupportedOperationException("TODO(task 1): create a generator with its own frame - see katas/coroutines/README.md#task-1");
    }

    /** {@code next(gen)}. */
    @Override
    public Object __next__() {
        throw new UnsupportedOperationException("TODO(task 1): resume the generator the way next() does - see katas/coroutines/README.md#task-1");
    }

    /** {@code gen.send(value)}. */
    @Override
    public Object send(Object value) {
        throw new UnsupportedOperationException("TODO(task 1): resume the generator with a value - see katas/coroutines/README.md#task-1");
    }

    /** {@code gen.throw(exc)}. */
    @Override
    public Object throw_(PyBaseException exc) {
        throw new UnsupportedOperationException("TODO(task 2): raise the exception where the generator is paused - see katas/coroutines/README.md#task-2");
    }

    /** {@code gen.close()}. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 2): close the generator the way CPython does - see katas/coroutines/README.md#task-2");
    }

    /** {@code inspect.getgeneratorstate(gen)}. */
    public GenState state() {
        throw new UnsupportedOperationException("TODO(task 1): report the generator's state - see katas/coroutines/README.md#task-1");
    }

    /** {@code gen.gi_frame}. */
    public Frame giFrame() {
        throw new UnsupportedOperationException("TODO(task 1): return the generator's frame - see katas/coroutines/README.md#task-1");
    }

    /** {@code gen.gi_yieldfrom}: the iterator a yield from is delegating to, or null. */
    public Object giYieldfrom() {
        throw new UnsupportedOperationException("TODO(task 3): return the current delegate - see katas/coroutines/README.md#task-3");
    }
}
