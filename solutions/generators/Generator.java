package generators;

import py.RuntimeError;
import py.StopIteration;
import py.ValueError;

/** A generator object: a frame that outlives each call, resumed by {@code next()} where it last stopped. */
public final class Generator implements PyIterator {
    private final Interpreter interpreter;
    private final Code code;
    private Frame frame;
    private GenState state = GenState.GEN_CREATED;

    /** Calling a generator function: the frame is created now, but no line of the body runs yet. */
    public Generator(Interpreter interpreter, String name, Code code) {
        this.interpreter = interpreter;
        this.code = code;
        this.frame = new Frame(name, null);
    }

    /** A generator is an iterator, so it returns itself. */
    @Override
    public Object __iter__() {
        return this;
    }

    /** Runs the body to its next yield; its return (or the end) raises StopIteration once, then bare ones. */
    @Override
    public Object __next__() {
        if (state == GenState.GEN_RUNNING) {
            throw new ValueError("generator already executing");
        }
        if (state == GenState.GEN_CLOSED) {
            throw new StopIteration();
        }
        state = GenState.GEN_RUNNING;
        Suspension outcome;
        try {
            outcome = interpreter.resume(frame, code);
        } catch (StopIteration leaked) {
            finish();
            // PEP 479: a StopIteration escaping the body would silently end the caller's loop.
            throw new RuntimeError("generator raised StopIteration", leaked);
        } catch (RuntimeException | Error failure) {
            finish();
            throw failure;
        }
        if (outcome.finished()) {
            finish();
            throw new StopIteration(outcome.value());
        }
        state = GenState.GEN_SUSPENDED;
        return outcome.value();
    }

    /** {@code inspect.getgeneratorstate(gen)}. */
    public GenState state() {
        return state;
    }

    /** {@code gen.gi_frame}: the live frame, or null once the generator has finished. */
    public Frame giFrame() {
        return frame;
    }

    private void finish() {
        state = GenState.GEN_CLOSED;
        frame = null;
    }
}
