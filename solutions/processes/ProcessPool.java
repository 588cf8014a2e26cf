package processes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import py.ValueError;
import py.RuntimeError;

/**
 * {@code multiprocessing.Pool}: tasks run in child JVMs. One feeder thread per child sends a task
 * down the child's stdin as a frame and reads the answer from its stdout; a child that dies fails
 * its task and is replaced.
 */
public final class ProcessPool {
    private enum State { RUN, CLOSE, TERMINATE }

    private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final List<Thread> feeders = new ArrayList<>();
    private final Set<PoolWorker> workers = ConcurrentHashMap.newKeySet();
    private volatile State state = State.RUN;

    /** {@code Pool(processes)}: starts that many child JVMs at once. */
    public ProcessPool(int processes) {
        if (processes < 1) {
            throw new ValueError("Number of processes must be at least 1");
        }
        for (int i = 0; i < processes; i++) {
            PoolWorker worker = new PoolWorker(this, jobs);
            workers.add(worker);
            Thread feeder = new Thread(worker::feed, "pool-feeder-" + i);
            feeder.setDaemon(true);
            feeders.add(feeder);
            feeder.start();
        }
    }

    /** {@code pool.apply_async(fn, (arg,))}: sends the task off and returns at once. */
    public <A, R> AsyncResult<R> applyAsync(Task<A, R> fn, A arg) {
        if (state != State.RUN) {
            throw new ValueError("Pool not running");
        }
        AsyncResult<R> result = new AsyncResult<>();
        jobs.add(new Job(fn, arg, result));
        return result;
    }

    /** {@code pool.map(fn, items)}: blocks; results in item order. */
    public <A, R> List<R> map(Task<A, R> fn, List<A> items) {
        List<R> results = new ArrayList<>();
        imap(fn, items).forEachRemaining(results::add);
        return results;
    }

    /** {@code pool.imap(fn, items)}: results in item order, each handed out as soon as it and its predecessors are done. */
    public <A, R> Iterator<R> imap(Task<A, R> fn, List<A> items) {
        List<AsyncResult<R>> results = new ArrayList<>();
        for (A item : items) {
            results.add(applyAsync(fn, item));
        }
        Iterator<AsyncResult<R>> inOrder = results.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inOrder.hasNext();
            }

            @Override
            public R next() {
                return inOrder.next().get();
            }
        };
    }

    /** {@code pool.imap_unordered(fn, items)}: results in the order the tasks finish. */
    public <A, R> Iterator<R> imapUnordered(Task<A, R> fn, List<A> items) {
        if (state != State.RUN) {
            throw new ValueError("Pool not running");
        }
        LinkedBlockingQueue<AsyncResult<R>> finished = new LinkedBlockingQueue<>();
        for (A item : items) {
            AsyncResult<R> result = new AsyncResult<>();
            jobs.add(new Job(fn, item, result, () -> finished.add(result)));
        }
        int total = items.size();
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return taken < total;
            }

            @Override
            public R next() {
                taken++;
                try {
                    return finished.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** {@code pool.close()}: no more tasks; the workers exit once the queued ones are done. */
    public void close() {
        if (state == State.RUN) {
            state = State.CLOSE;
            // One "stop" per feeder, queued behind the real work.
            feeders.forEach(feeder -> jobs.add(Job.STOP));
        }
    }

    /** {@code pool.terminate()}: kills the children now; unfinished tasks fail. */
    public void terminate() {
        state = State.TERMINATE;
        // Fail what never started (skipping the stops close() may have queued), then stop everyone.
        for (Job job = jobs.poll(); job != null; job = jobs.poll()) {
            if (job != Job.STOP) {
                job.fail(new py.RuntimeError("pool terminated before the task ran"));
            }
        }
        feeders.forEach(feeder -> jobs.add(Job.STOP));
        workers.forEach(PoolWorker::kill);
    }

    /** {@code pool.join()}: waits for the workers to exit; only after close() or terminate(). */
    public void join() {
        if (state == State.RUN) {
            throw new ValueError("Pool is still running");
        }
        for (Thread feeder : feeders) {
            try {
                feeder.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The process ids of the live child JVMs (they change when a crashed worker is replaced). */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        workers.forEach(worker -> worker.pid().ifPresent(pids::add));
        return pids;
    }

    boolean terminated() {
        return state == State.TERMINATE;
    }
}
