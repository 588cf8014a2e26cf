package threads;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import py.RuntimeError;
import py.ValueError;

/**
 * {@code concurrent.futures.ThreadPoolExecutor}: a work queue and at most {@code maxWorkers}
 * threads taking tasks from it. Each task's outcome lands in the {@link PyFuture} submit returned.
 */
public final class PyThreadPoolExecutor {
    private final int maxWorkers;
    // The poison pill: the item that tells one worker to stop.
    private static final Runnable STOP = () -> { };

    private final PyQueue<Runnable> work = new PyQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean shutdown;

    /** {@code ThreadPoolExecutor(max_workers)}. */
    public PyThreadPoolExecutor(int maxWorkers) {
        if (maxWorkers <= 0) {
            throw new ValueError("max_workers must be greater than 0");
        }
        this.maxWorkers = maxWorkers;
    }

    /** {@code executor.submit(fn)}: schedules fn and returns its future at once. */
    public synchronized <T> PyFuture<T> submit(Callable<T> task) {
        if (shutdown) {
            throw new RuntimeError("cannot schedule new futures after shutdown");
        }
        PyFuture<T> future = new PyFuture<>();
        work.put(() -> runInto(task, future));
        // Like CPython, threads are started lazily, one per submit, until there are maxWorkers.
        if (workers.size() < maxWorkers) {
            Thread worker = new Thread(this::workLoop, "ThreadPoolExecutor_" + workers.size());
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return future;
    }

    /** {@code executor.map(fn, items)}: submits everything now, yields results in item order. */
    public <A, R> Iterator<R> map(Function<A, R> fn, List<A> items) {
        List<PyFuture<R>> futures = new ArrayList<>();
        for (A item : items) {
            futures.add(submit(() -> fn.apply(item)));
        }
        Iterator<PyFuture<R>> inOrder = futures.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inOrder.hasNext();
            }

            @Override
            public R next() {
                return inOrder.next().result();
            }
        };
    }

    /** {@code executor.shutdown(wait)}: no new work; queued work still runs; wait joins the threads. */
    public void shutdown(boolean wait) {
        List<Thread> toJoin;
        synchronized (this) {
            if (!shutdown) {
                shutdown = true;
                // One pill per worker, queued behind the real work so that it all still runs.
                workers.forEach(worker -> work.put(STOP));
            }
            toJoin = new ArrayList<>(workers);
        }
        if (wait) {
            for (Thread worker : toJoin) {
                joinQuietly(worker);
            }
        }
    }

    private void workLoop() {
        for (Runnable job = work.get(); job != STOP; job = work.get()) {
            job.run();
        }
    }

    private static <T> void runInto(Callable<T> task, PyFuture<T> future) {
        if (!future.startRunning()) {
            return;
        }
        try {
            future.complete(task.call(), null);
        } catch (RuntimeException e) {
            future.complete(null, e);
        } catch (Exception e) {
            future.complete(null, new RuntimeError(String.valueOf(e.getMessage()), e));
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
