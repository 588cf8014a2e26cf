package asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import py.CancelledError;
import py.InvalidStateError;

/** A value that is not there yet: pending, then finished (result or exception) or cancelled, exactly once. */
public class Future<T> {
    private enum State { PENDING, CANCELLED, FINISHED }

    private final EventLoop loop;
    private State state = State.PENDING;
    private T result;
    private Throwable exception;
    private final List<Consumer<? super Future<T>>> callbacks = new ArrayList<>();

    /** A pending future whose callbacks will be scheduled on {@code loop}. */
    public Future(EventLoop loop) {
        this.loop = loop;
    }

    /** The loop the future belongs to. */
    public EventLoop getLoop() {
        return loop;
    }

    /** True once finished or cancelled. */
    public boolean done() {
        return state != State.PENDING;
    }

    /** True if cancelled. */
    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** The result; raises the stored exception, CancelledError, or InvalidStateError while pending. */
    public T result() {
        if (state == State.CANCELLED) {
            throw new CancelledError("");
        }
        if (state == State.PENDING) {
            throw new InvalidStateError("Result is not set.");
        }
        if (exception != null) {
            throw Future.<RuntimeException>sneaky(exception);
        }
        return result;
    }

    /** The stored exception (null after a result); CancelledError or InvalidStateError like result(). */
    public Throwable exception() {
        if (state == State.CANCELLED) {
            throw new CancelledError("");
        }
        if (state == State.PENDING) {
            throw new InvalidStateError("Exception is not set.");
        }
        return exception;
    }

    /** Finishes with a value; InvalidStateError if already done. */
    public void setResult(T value) {
        finish(value, null);
    }

    /** Finishes with an exception; InvalidStateError if already done. */
    public void setException(Throwable error) {
        finish(null, error);
    }

    /** Cancels a pending future and returns True; returns False if it is already done. */
    public boolean cancel() {
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        scheduleCallbacks();
        return true;
    }

    /** Calls back with this future once it is done: always through call_soon, never right away. */
    public void addDoneCallback(Consumer<? super Future<T>> callback) {
        if (done()) {
            loop.callSoon(() -> callback.accept(this));
        } else {
            callbacks.add(callback);
        }
    }

    /** Removes every registration of the callback and says how many there were. */
    public int removeDoneCallback(Consumer<? super Future<T>> callback) {
        int before = callbacks.size();
        callbacks.removeIf(c -> c == callback);
        return before - callbacks.size();
    }

    private void finish(T value, Throwable error) {
        if (state != State.PENDING) {
            throw new InvalidStateError("invalid state");
        }
        result = value;
        exception = error;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    private void scheduleCallbacks() {
        List<Consumer<? super Future<T>>> toRun = new ArrayList<>(callbacks);
        callbacks.clear();
        for (Consumer<? super Future<T>> callback : toRun) {
            loop.callSoon(() -> callback.accept(this));
        }
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }
}
