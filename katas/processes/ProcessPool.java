package processes;

import java.util.Iterator;
import java.util.List;

/**
 * {@code multiprocessing.Pool}: tasks run in child JVMs that this pool starts, feeds over their
 * stdin/stdout with {@link Frames}, replaces when they crash, and reaps when it is done.
 */
public final class ProcessPool {
    /** {@code Pool(processes)}: starts that many child JVMs at once. */
    public ProcessPool(int processes) {
        throw new UnsupportedOperationException("TODO(task 2): start the worker processes - see katas/processes/README.md#task-2");
    }

    /** {@code pool.apply_async(fn, (arg,))}: sends the task off and returns at once. */
    public <A, R> AsyncResult<R> applyAsync(Task<A, R> fn, A arg) {
        throw new UnsupportedOperationException("TODO(task 2): queue the task for a worker process and return its result handle - see katas/processes/README.md#task-2");
    }

    /** {@code pool.map(fn, items)}: blocks; results in item order. */
    public <A, R> List<R> map(Task<A, R> fn, List<A> items) {
        throw new UnsupportedOperationException("TODO(task 2): run fn on every item in the workers; results in item order - see katas/processes/README.md#task-2");
    }

    /** {@code pool.imap(fn, items)}: results in item order, each handed out as soon as it and its predecessors are done. */
    public <A, R> Iterator<R> imap(Task<A, R> fn, List<A> items) {
        throw new UnsupportedOperationException("TODO(task 2): yield results lazily, in item order - see katas/processes/README.md#task-2");
    }

    /** {@code pool.imap_unordered(fn, items)}: results in the order the tasks finish. */
    public <A, R> Iterator<R> imapUnordered(Task<A, R> fn, List<A> items) {
        throw new UnsupportedOperationException("TODO(task 2): yield results in the order the tasks finish - see katas/processes/README.md#task-2");
    }

    /** {@code pool.close()}: no more tasks; the workers exit once the queued ones are done. */
    public void close() {
        throw new UnsupportedOperationException("TODO(task 2): refuse new tasks and let the workers exit after the queued ones - see katas/processes/README.md#task-2");
    }

    /** {@code pool.terminate()}: kills the children now; unfinished tasks fail. */
    public void terminate() {
        throw new UnsupportedOperationException("TODO(task 2): kill every worker process now - see katas/processes/README.md#task-2");
    }

    /** {@code pool.join()}: waits for the workers to exit; only after close() or terminate(). */
    public void join() {
        throw new UnsupportedOperationException("TODO(task 2): wait until every worker process has exited - see katas/processes/README.md#task-2");
    }

    /** The process ids of the live child JVMs (they change when a crashed worker is replaced). */
    public List<Long> pids() {
        throw new UnsupportedOperationException("TODO(task 2): list the pids of the live worker processes - see katas/processes/README.md#task-2");
    }
}
