package threads;

import java.util.ArrayDeque;
import java.util.Deque;
import py.ValueError;

/**
 * Python's {@code queue.Queue}: a FIFO for threads. Like CPython's, it is one lock and three
 * conditions over it: "not empty" for getters, "not full" for putters, "all tasks done" for join().
 */
public final class PyQueue<T> {
    private final int maxsize;
    private final Deque<T> items = new ArrayDeque<>();
    private final PyLock mutex = new PyLock();
    private final PyCondition notEmpty = new PyCondition(mutex);
    private final PyCondition notFull = new PyCondition(mutex);
    private final PyCondition allTasksDone = new PyCondition(mutex);
    private int unfinishedTasks;

    /** {@code Queue()}: unbounded. */
    public PyQueue() {
        this(0);
    }

    /** {@code Queue(maxsize)}: maxsize <= 0 means unbounded. */
    public PyQueue(int maxsize) {
        this.maxsize = maxsize;
    }

    /** {@code q.put(item)}: blocks while the queue is full. */
    public void put(T item) {
        put(item, true, Timeouts.FOREVER);
    }

    /** {@code q.put(item, block, timeout)}: raises {@link Full} if no room came up. */
    public void put(T item, boolean block, double timeout) {
        checkTimeout(timeout);
        mutex.acquire();
        try {
            if (maxsize > 0 && !notFull.waitFor(() -> items.size() < maxsize, block ? timeout : 0)) {
                throw new Full();
            }
            items.addLast(item);
            unfinishedTasks++;
            notEmpty.signal();
        } finally {
            mutex.release();
        }
    }

    /** {@code q.put_nowait(item)}. */
    public void putNowait(T item) {
        put(item, false, Timeouts.FOREVER);
    }

    /** {@code q.get()}: blocks while the queue is empty. */
    public T get() {
        return get(true, Timeouts.FOREVER);
    }

    /** {@code q.get(block, timeout)}: raises {@link Empty} if nothing came. */
    public T get(boolean block, double timeout) {
        checkTimeout(timeout);
        mutex.acquire();
        try {
            if (!notEmpty.waitFor(() -> !items.isEmpty(), block ? timeout : 0)) {
                throw new Empty();
            }
            T item = items.removeFirst();
            notFull.signal();
            return item;
        } finally {
            mutex.release();
        }
    }

    /** {@code q.get_nowait()}. */
    public T getNowait() {
        return get(false, Timeouts.FOREVER);
    }

    /** {@code q.task_done()}: one item that get() returned is fully processed. */
    public void taskDone() {
        mutex.acquire();
        try {
            if (unfinishedTasks == 0) {
                throw new ValueError("task_done() called too many times");
            }
            if (--unfinishedTasks == 0) {
                allTasksDone.signalAll();
            }
        } finally {
            mutex.release();
        }
    }

    /** {@code q.join()}: blocks until every item ever put has been marked done. */
    public void join() {
        mutex.acquire();
        try {
            allTasksDone.waitFor(() -> unfinishedTasks == 0);
        } finally {
            mutex.release();
        }
    }

    /** {@code q.qsize()}. */
    public int qsize() {
        mutex.acquire();
        try {
            return items.size();
        } finally {
            mutex.release();
        }
    }

    /** {@code q.empty()}. */
    public boolean empty() {
        return qsize() == 0;
    }

    /** {@code q.full()}: always false for an unbounded queue. */
    public boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    private static void checkTimeout(double timeout) {
        if (timeout < 0 && timeout != Timeouts.FOREVER) {
            throw new ValueError("'timeout' must be a non-negative number");
        }
    }
}
