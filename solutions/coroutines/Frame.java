package coroutines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import py.PyBaseException;
import py.TypeError;

/** The frame of a generator or coroutine: its locals, its last suspension point, and what the next resume receives. */
public final class Frame {
    private final String name;
    private final Map<String, Object> locals = new LinkedHashMap<>();
    private int lasti = -1;
    private Object receivedValue;
    private PyBaseException receivedError;

    /** A fresh frame for the code called {@code name}, at lasti -1. */
    public Frame(String name) {
        this.name = name;
    }

    /** {@code f_code.co_name}. */
    public String name() {
        return name;
    }

    /** The last suspension point: -1 before the first run, then the label of the latest yield, yield from or await. */
    public int lasti() {
        return lasti;
    }

    /** {@code f_locals}: the variables that survive suspensions. */
    public Map<String, Object> locals() {
        return locals;
    }

    /** The value of the paused expression: what was sent, what the delegate returned, or the exception thrown in. */
    public Object received() {
        PyBaseException error = receivedError;
        if (error != null) {
            // Raised once: a body that catches it and yields again must not see it twice.
            receivedError = null;
            throw error;
        }
        return receivedValue;
    }

    /** {@code yield value}, resuming at {@code label}. */
    public Suspension yieldAt(int label, Object value) {
        lasti = label;
        return new Suspension(Suspension.Kind.YIELD, value);
    }

    /** {@code yield from iterable}: a list, a plain iterator or a generator; resumes at {@code label} with its return value. */
    public Suspension yieldFrom(int label, Object iterable) {
        Object iterator;
        if (iterable instanceof Coroutine) {
            throw new TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        } else if (iterable instanceof List<?> list) {
            iterator = new ListIterator(list);
        } else if (iterable instanceof PyIterator || iterable instanceof GeneratorProtocol) {
            iterator = iterable;
        } else {
            throw new TypeError("'" + TypeNames.of(iterable) + "' object is not iterable");
        }
        lasti = label;
        return new Suspension(Suspension.Kind.DELEGATE, iterator);
    }

    /** {@code await awaitable}: delegates to a coroutine or to what {@code __await__} returns; resumes at {@code label}. */
    public Suspension awaitAt(int label, Object awaitable) {
        Object iterator;
        if (awaitable instanceof Coroutine) {
            iterator = awaitable;
        } else if (awaitable instanceof Awaitable custom) {
            iterator = custom.__await__();
            if (iterator instanceof Coroutine) {
                throw new TypeError("__await__() returned a coroutine");
            }
            if (!(iterator instanceof PyIterator) && !(iterator instanceof GeneratorProtocol)) {
                throw new TypeError("__await__() returned non-iterator of type '" + TypeNames.of(iterator) + "'");
            }
        } else {
            throw new TypeError("object " + TypeNames.of(awaitable) + " can't be used in 'await' expression");
        }
        lasti = label;
        return new Suspension(Suspension.Kind.DELEGATE, iterator);
    }

    /** {@code return value}. */
    public Suspension returnValue(Object value) {
        return new Suspension(Suspension.Kind.RETURN, value);
    }

    /** Sets what the next {@link #received()} returns. */
    void deliver(Object value) {
        receivedValue = value;
        receivedError = null;
    }

    /** Sets the exception the next {@link #received()} raises. */
    void deliverError(PyBaseException error) {
        receivedValue = null;
        receivedError = error;
    }
}
