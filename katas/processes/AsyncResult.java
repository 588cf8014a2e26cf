package processes;

/** {@code multiprocessing.pool.AsyncResult}: the future of one task sent to the pool. */
public final class AsyncResult<R> {
    /** A result that is not ready yet; the pool fills it in. */
    public AsyncResult() {
        throw new UnsupportedOperationException("TODO(task 2): a result that is not ready yet - see katas/processes/README.md#task-2");
    }

    /** {@code r.get()}: waits; returns the value or raises the task's exception. */
    public R get() {
        throw new UnsupportedOperationException("TODO(task 2): wait for the task's value or raise its exception - see katas/processes/README.md#task-2");
    }

    /** {@code r.get(timeout)}: raises TimeoutError if the task is not done in time (-1: no limit). */
    public R get(double timeout) {
        throw new UnsupportedOperationException("TODO(task 2): wait at most timeout seconds for the task's outcome - see katas/processes/README.md#task-2");
    }

    /** {@code r.ready()}. */
    public boolean ready() {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the task has an outcome - see katas/processes/README.md#task-2");
    }

    /** {@code r.successful()}: only once ready. */
    public boolean successful() {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the task returned rather than raised - see katas/processes/README.md#task-2");
    }
}
