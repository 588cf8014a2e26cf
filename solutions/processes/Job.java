package processes;

/** One task on its way to a child, and where its answer goes. */
final class Job {
    static final Job STOP = new Job(null, null, null);

    final Task<?, ?> fn;
    final Object arg;
    private final AsyncResult<Object> result;
    private final Runnable whenDone;

    @SuppressWarnings("unchecked")
    <A, R> Job(Task<A, R> fn, A arg, AsyncResult<R> result, Runnable whenDone) {
        this.fn = fn;
        this.arg = arg;
        this.result = (AsyncResult<Object>) result;
        this.whenDone = whenDone;
    }

    <A, R> Job(Task<A, R> fn, A arg, AsyncResult<R> result) {
        this(fn, arg, result, () -> { });
    }

    void succeed(Object value) {
        result.complete(value, null);
        whenDone.run();
    }

    void fail(RuntimeException error) {
        result.complete(null, error);
        whenDone.run();
    }
}
