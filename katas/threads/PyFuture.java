package threads;

import java.util.function.Consumer;

/** A {@code concurrent.futures.Future}: the promise of a result that a pool thread computes. */
public final class PyFuture<T> {
    /** A pending future; the executor that created it completes it. */
    public PyFuture() {
        throw new UnsupportedOperationException("TODO(task 8): a pending future - see katas/threads/README.md#task-8");
    }

    /** {@code f.result()}: waits; returns the value or raises the task's own exception. */
    public T result() {
        throw new UnsupportedOperationException("TODO(task 8): wait for the outcome: return the value or raise the task's exception - see katas/threads/README.md#task-8");
    }

    /** {@code f.result(timeout)}: raises TimeoutError if the task is not done in time. */
    public T result(double timeout) {
        throw new UnsupportedOperationException("TODO(task 8): wait at most timeout seconds for the outcome - see katas/threads/README.md#task-8");
    }

    /** {@code f.exception()}: waits; the exception the task raised, or null. */
    public RuntimeException exception() {
        throw new UnsupportedOperationException("TODO(task 8): wait, then return the task's exception or null - see katas/threads/README.md#task-8");
    }

    /** {@code f.done()}: finished, failed or cancelled. */
    public boolean done() {
        throw new UnsupportedOperationException("TODO(task 8): tell whether the future has an outcome - see katas/threads/README.md#task-8");
    }

    /** {@code f.cancel()}: only a future that has not started running can be cancelled. */
    public boolean cancel() {
        throw new UnsupportedOperationException("TODO(task 8): cancel the task if it has not started - see katas/threads/README.md#task-8");
    }

    /** {@code f.add_done_callback(fn)}: runs fn when done, at once if it already is. */
    public void addDoneCallback(Consumer<PyFuture<T>> callback) {
        throw new UnsupportedOperationException("TODO(task 8): call back once the future is done - see katas/threads/README.md#task-8");
    }
}
