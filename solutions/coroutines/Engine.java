package coroutines;

import java.util.function.Supplier;
import py.AttributeError;
import py.GeneratorExit;
import py.PyBaseException;
import py.RuntimeError;
import py.StopIteration;
import py.TypeError;
import py.ValueError;

/**
 * The machinery generators and coroutines share: CPython's gen_send_ex, _gen_throw and gen_close
 * for a frame written as a state machine. {@code kind} is "generator" or "coroutine".
 */
final class Engine {
    enum State { CREATED, RUNNING, SUSPENDED, CLOSED }

    private final String kind;
    private final Code code;
    private Frame frame;
    private State state = State.CREATED;
    private Object delegate;

    Engine(String kind, String name, Code code) {
        this.kind = kind;
        this.code = code;
        this.frame = new Frame(name);
    }

    State state() {
        return state;
    }

    Frame frame() {
        return frame;
    }

    Object delegate() {
        return delegate;
    }

    Object send(Object value) {
        refuseIfRunning();
        if (state == State.CLOSED) {
            throw exhausted(null);
        }
        if (state == State.CREATED && value != null) {
            throw new TypeError("can't send non-None value to a just-started " + kind);
        }
        return delegate != null ? forwardSend(value) : run(value, null);
    }

    Object throwIn(PyBaseException exc) {
        refuseIfRunning();
        if (state == State.CLOSED) {
            throw exhausted(exc);
        }
        if (state == State.CREATED) {
            // The body has not started, so nothing in it can catch the exception.
            finish();
            throw escaped(exc);
        }
        if (delegate != null) {
            return forwardThrow(exc);
        }
        return run(null, exc);
    }

    void close() {
        refuseIfRunning();
        if (state == State.CREATED) {
            finish();
            return;
        }
        if (state == State.CLOSED) {
            return;
        }
        PyBaseException exit = closeDelegate();
        try {
            run(null, exit != null ? exit : new GeneratorExit(""));
        } catch (GeneratorExit | StopIteration finished) {
            return;
        }
        // The body caught GeneratorExit and yielded again; it stays suspended.
        throw new RuntimeError(kind + " ignored GeneratorExit");
    }

    /** Resumes the frame with a value or an exception and follows it to its next suspension. */
    private Object run(Object value, PyBaseException error) {
        state = State.RUNNING;
        if (error != null) {
            frame.deliverError(error);
        } else {
            frame.deliver(value);
        }
        Suspension outcome;
        try {
            outcome = code.resume(frame);
        } catch (RuntimeException | Error failure) {
            finish();
            throw escaped(failure);
        }
        switch (outcome.kind()) {
            case YIELD:
                state = State.SUSPENDED;
                return outcome.value();
            case DELEGATE:
                delegate = outcome.value();
                // yield from starts the delegate at once: its first value is ours.
                return forwardSend(null);
            default:
                finish();
                throw new StopIteration(outcome.value());
        }
    }

    /** send() while a yield from is in progress: the delegate answers, and its end resumes our frame. */
    private Object forwardSend(Object value) {
        return stepDelegate(() -> {
            if (delegate instanceof GeneratorProtocol generator) {
                return generator.send(value);
            }
            if (value == null) {
                return ((PyIterator) delegate).__next__();
            }
            throw new AttributeError("'" + TypeNames.of(delegate) + "' object has no attribute 'send'");
        });
    }

    /** throw() while a yield from is in progress: GeneratorExit closes the delegate; others go to its throw(). */
    private Object forwardThrow(PyBaseException exc) {
        if (exc instanceof GeneratorExit) {
            PyBaseException closeFailure = closeDelegate();
            return run(null, closeFailure != null ? closeFailure : exc);
        }
        if (!(delegate instanceof GeneratorProtocol generator)) {
            // A plain iterator has no throw(): the exception is raised at the yield from itself.
            delegate = null;
            return run(null, exc);
        }
        return stepDelegate(() -> generator.throw_(exc));
    }

    /**
     * Runs one send or throw of the delegate. What it yields, we yield; when it returns (StopIteration) or
     * raises, the yield from is over and our frame resumes with that value or exception.
     */
    private Object stepDelegate(Supplier<Object> step) {
        state = State.RUNNING;
        Object produced;
        try {
            produced = step.get();
        } catch (StopIteration done) {
            delegate = null;
            return run(done.value(), null);
        } catch (PyBaseException failure) {
            delegate = null;
            return run(null, failure);
        }
        state = State.SUSPENDED;
        return produced;
    }

    /** Closes the delegate (if it can be closed); returns what its close() raised, if anything. */
    private PyBaseException closeDelegate() {
        Object closing = delegate;
        delegate = null;
        if (!(closing instanceof GeneratorProtocol generator)) {
            return null;
        }
        state = State.RUNNING;
        try {
            generator.close();
            return null;
        } catch (PyBaseException failure) {
            return failure;
        } finally {
            state = State.SUSPENDED;
        }
    }

    private void refuseIfRunning() {
        if (state == State.RUNNING) {
            throw new ValueError(kind + " already executing");
        }
    }

    /** What send/throw do on a finished generator or coroutine. */
    private RuntimeException exhausted(PyBaseException thrown) {
        if (kind.equals("coroutine")) {
            return new RuntimeError("cannot reuse already awaited coroutine");
        }
        return thrown != null ? thrown : new StopIteration();
    }

    /** PEP 479: a StopIteration leaving the body would end the caller's loop silently, so it becomes RuntimeError. */
    private RuntimeException escaped(Throwable failure) {
        if (failure instanceof StopIteration stop) {
            return new RuntimeError(kind + " raised StopIteration", stop);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    private void finish() {
        state = State.CLOSED;
        frame = null;
        delegate = null;
    }
}
