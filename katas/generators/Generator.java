package generators;

/** A generator object: a frame that outlives each call, resumed by {@code next()} where it last stopped. */
public final class Generator implements PyIterator {

    /** Calling a generator function: creates the generator and its frame; runs none of the body. */
    public Generator(Interpreter interpreter, String name, Code code) {
        throw new UnsupportedOperationException("TODO(task 4): create a generator with its own frame - see katas/generators/README.md#task-4");
    }

    /** {@code iter(gen)}. */
    @Override
    public Object __iter__() {
        throw new UnsupportedOperationException("TODO(task 4): behave like an iterator under iter() - see katas/generators/README.md#task-4");
    }

    /** {@code next(gen)}: resumes the body until it yields, returns or raises. */
    @Override
    public Object __next__() {
        throw new UnsupportedOperationException("TODO(task 4): resume the frame to its next yield - see katas/generators/README.md#task-4");
    }

    /** {@code inspect.getgeneratorstate(gen)}. */
    public GenState state() {
        throw new UnsupportedOperationException("TODO(task 4): report the generator's state - see katas/generators/README.md#task-4");
    }

    /** {@code gen.gi_frame}. */
    public Frame giFrame() {
        throw new UnsupportedOperationException("TODO(task 4): return the generator's frame - see katas/generators/README.md#task-4");
    }
}
