package threads;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code concurrent.futures.ThreadPoolExecutor}: a work queue and at most {@code maxWorkers}
 * threads taking tasks from it. Each task's outcome lands in the {@link PyFuture} submit returned.
 */
public final class PyThreadPoolExecutor {
    /** {@code ThreadPoolExecutor(max_workers)}. */
    public PyThreadPoolExecutor(int maxWorkers) {
        throw new UnsupportedOperationException("TODO(task 8): a pool of at most maxWorkers threads - see katas/threads/README.md#task-8");
    }

    /** {@code executor.submit(fn)}: schedules fn and returns its future at once. */
    public <T> PyFuture<T> submit(Callable<T> task) {
        throw new UnsupportedOperationException("TODO(task 8): schedule the task and return its future at once - see katas/threads/README.md#task-8");
    }

    /** {@code executor.map(fn, items)}: submits everything now, yields results in item order. */
    public <A, R> Iterator<R> map(Function<A, R> fn, List<A> items) {
        throw new UnsupportedOperationException("TODO(task 8): run fn on every item in the pool, yielding results in item order - see katas/threads/README.md#task-8");
    }

    /** {@code executor.shutdown(wait)}: no new work; queued work still runs; wait joins the threads. */
    public void shutdown(boolean wait) {
        throw new UnsupportedOperationException("TODO(task 8): stop taking work; with wait, return once every worker has finished - see katas/threads/README.md#task-8");
    }
}
