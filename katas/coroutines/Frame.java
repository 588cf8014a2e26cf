package coroutines;

import java.util.Map;

/** The frame of a generator or coroutine: its locals, its last suspension point, and what the next resume receives. */
public final class Frame {

    /** A fresh frame for the code called {@code name}, at lasti -1. */
    public Frame(String name) {
        throw new UnsupportedOperationException("TODO(task 1): create a fresh frame - see katas/coroutines/README.md#task-1");
    }

    /** {@code f_code.co_name}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 1): return the code's name - see katas/coroutines/README.md#task-1");
    }

    /** The last suspension point: -1 before the first run, then the label of the latest yield, yield from or await. */
    public int lasti() {
        throw new UnsupportedOperationException("TODO(task 1): return the last suspension point - see katas/coroutines/README.md#task-1");
    }

    /** {@code f_locals}: the variables that survive suspensions. */
    public Map<String, Object> locals() {
        throw new UnsupportedOperationException("TODO(task 1): return the frame's variables - see katas/coroutines/README.md#task-1");
    }

    /** The value of the paused expression: what was sent or what a delegate returned; raises an exception thrown in. */
    public Object received() {
        throw new UnsupportedOperationException("TODO(task 1): hand the body the value that was sent - see katas/coroutines/README.md#task-1");
    }

    /** {@code yield value}, resuming at {@code label}. */
    public Suspension yieldAt(int label, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): suspend at the label with a value - see katas/coroutines/README.md#task-1");
    }

    /** {@code yield from iterable}: a list, a plain iterator or a generator; resumes at {@code label} with its return value. */
    public Suspension yieldFrom(int label, Object iterable) {
        throw new UnsupportedOperationException("TODO(task 3): suspend at the label, delegating to the iterable - see katas/coroutines/README.md#task-3");
    }

    /** {@code await awaitable}: a coroutine or an object whose {@code __await__} returns an iterator; resumes at {@code label}. */
    public Suspension awaitAt(int label, Object awaitable) {
        throw new UnsupportedOperationException("TODO(task 4): suspend at the label, delegating to the awaitable - see katas/coroutines/README.md#task-4");
    }

    /** {@code return value}. */
    public Suspension returnValue(Object value) {
        throw new UnsupportedOperationException("TODO(task 1): finish the body with a return value - see katas/coroutines/README.md#task-1");
    }
}
