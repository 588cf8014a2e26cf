package threads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import py.CancelledError;
import py.TimeoutError;

/** A {@code concurrent.futures.Future}: the promise of a result that a pool thread computes. */
public final class PyFuture<T> {
    private enum State { PENDING, RUNNING, CANCELLED, FINISHED }

    private final PyCondition condition = new PyCondition();
    private final List<Consumer<PyFuture<T>>> callbacks = new ArrayList<>();
    private State state = State.PENDING;
    private T result;
    private RuntimeException exception;

    /** A pending future; the executor that created it completes it. */
    public PyFuture() {
    }

    /** {@code f.result()}: waits; returns the value or raises the task's own exception. */
    public T result() {
        return result(Timeouts.FOREVER);
    }

    /** {@code f.result(timeout)}: raises TimeoutError if the task is not done in time. */
    public T result(double timeout) {
        condition.acquire();
        try {
            if (!condition.waitFor(this::isDone, timeout)) {
                throw new TimeoutError("");
            }
            if (state == State.CANCELLED) {
                throw new CancelledError("");
            }
            if (exception != null) {
                throw exception;
            }
            return result;
        } finally {
            condition.release();
        }
    }

    /** {@code f.exception()}: waits; the exception the task raised, or null. */
    public RuntimeException exception() {
        try {
            result();
            return null;
        } catch (CancelledError e) {
            throw e;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** {@code f.done()}: finished, failed or cancelled. */
    public boolean done() {
        condition.acquire();
        try {
            return isDone();
        } finally {
            condition.release();
        }
    }

    /** {@code f.cancel()}: only a future that has not started running can be cancelled. */
    public boolean cancel() {
        condition.acquire();
        try {
            if (state == State.RUNNING || state == State.FINISHED) {
                return false;
            }
            state = State.CANCELLED;
        } finally {
            condition.release();
        }
        finish();
        return true;
    }

    /** {@code f.add_done_callback(fn)}: runs fn when done, at once if it already is. */
    public void addDoneCallback(Consumer<PyFuture<T>> callback) {
        condition.acquire();
        try {
            if (!isDone()) {
                callbacks.add(callback);
                return;
            }
        } finally {
            condition.release();
        }
        callback.accept(this);
    }

    /** Called by the worker: false if the future was cancelled while it waited in the queue. */
    boolean startRunning() {
        condition.acquire();
        try {
            if (state == State.CANCELLED) {
                return false;
            }
            state = State.RUNNING;
            return true;
        } finally {
            condition.release();
        }
    }

    void complete(T value, RuntimeException failure) {
        condition.acquire();
        try {
            result = value;
            exception = failure;
            state = State.FINISHED;
        } finally {
            condition.release();
        }
        finish();
    }

    private void finish() {
        List<Consumer<PyFuture<T>>> toRun;
        condition.acquire();
        try {
            condition.signalAll();
            toRun = new ArrayList<>(callbacks);
            callbacks.clear();
        } finally {
            condition.release();
        }
        // Callbacks run outside the lock, so one may safely call result() or done().
        toRun.forEach(callback -> callback.accept(this));
    }

    private boolean isDone() {
        return state == State.CANCELLED || state == State.FINISHED;
    }
}
