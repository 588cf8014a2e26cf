package processes;

import py.TimeoutError;
import py.ValueError;

/** {@code multiprocessing.pool.AsyncResult}: the future of one task sent to the pool. */
public final class AsyncResult<R> {
    private boolean ready;
    private R value;
    private RuntimeException error;

    /** A result that is not ready yet; the pool fills it in. */
    public AsyncResult() {
    }

    /** {@code r.get()}: waits; returns the value or raises the task's exception. */
    public R get() {
        return get(-1);
    }

    /** {@code r.get(timeout)}: raises TimeoutError if the task is not done in time (-1: no limit). */
    public synchronized R get(double timeout) {
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        while (!ready) {
            long left = deadline - System.nanoTime();
            if (timeout >= 0 && left <= 0) {
                throw new TimeoutError("");
            }
            try {
                if (timeout < 0) {
                    wait();
                } else {
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutError("interrupted");
            }
        }
        if (error != null) {
            throw error;
        }
        return value;
    }

    /** {@code r.ready()}. */
    public synchronized boolean ready() {
        return ready;
    }

    /** {@code r.successful()}: only once ready. */
    public synchronized boolean successful() {
        if (!ready) {
            throw new ValueError("AsyncResult not ready");
        }
        return error == null;
    }

    synchronized void complete(R result, RuntimeException failure) {
        if (ready) {
            return;
        }
        value = result;
        error = failure;
        ready = true;
        notifyAll();
    }
}
