package asyncio;

import java.util.function.Consumer;

/** A value that is not there yet: pending, then finished (result or exception) or cancelled, exactly once. */
public class Future<T> {
    /** A pending future whose callbacks will be scheduled on {@code loop}. */
    public Future(EventLoop loop) {
        throw new UnsupportedOperationException("TODO(task 2): create a pending future on the loop - see katas/asyncio/README.md#task-2");
    }

    /** The loop the future belongs to. */
    public EventLoop getLoop() {
        throw new UnsupportedOperationException("TODO(task 2): return the future's loop - see katas/asyncio/README.md#task-2");
    }

    /** True once finished or cancelled. */
    public boolean done() {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the future is done - see katas/asyncio/README.md#task-2");
    }

    /** True if cancelled. */
    public boolean cancelled() {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the future was cancelled - see katas/asyncio/README.md#task-2");
    }

    /** The result; raises the stored exception, CancelledError, or InvalidStateError while pending. */
    public T result() {
        throw new UnsupportedOperationException("TODO(task 2): return the result, or raise what the future holds - see katas/asyncio/README.md#task-2");
    }

    /** The stored exception (null after a result); CancelledError or InvalidStateError like result(). */
    public Throwable exception() {
        throw new UnsupportedOperationException("TODO(task 2): return the exception the future holds - see katas/asyncio/README.md#task-2");
    }

    /** Finishes with a value; InvalidStateError if already done. */
    public void setResult(T value) {
        throw new UnsupportedOperationException("TODO(task 2): finish the future with a value, only once - see katas/asyncio/README.md#task-2");
    }

    /** Finishes with an exception; InvalidStateError if already done. */
    public void setException(Throwable error) {
        throw new UnsupportedOperationException("TODO(task 2): finish the future with an exception, only once - see katas/asyncio/README.md#task-2");
    }

    /** Cancels a pending future and returns True; returns False if it is already done. */
    public boolean cancel() {
        throw new UnsupportedOperationException("TODO(task 2): cancel a pending future - see katas/asyncio/README.md#task-2");
    }

    /** Calls back with this future once it is done: always through call_soon, never right away. */
    public void addDoneCallback(Consumer<? super Future<T>> callback) {
        throw new UnsupportedOperationException("TODO(task 2): call back on the loop once the future is done - see katas/asyncio/README.md#task-2");
    }

    /** Removes every registration of the callback and says how many there were. */
    public int removeDoneCallback(Consumer<? super Future<T>> callback) {
        throw new UnsupportedOperationException("TODO(task 2): unregister the callback and count its registrations - see katas/asyncio/README.md#task-2");
    }
}
