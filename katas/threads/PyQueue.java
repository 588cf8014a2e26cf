package threads;

/** Python's {@code queue.Queue}: a FIFO that threads can share, with task_done() and join(). */
public final class PyQueue<T> {
    /** {@code Queue()}: unbounded. */
    public PyQueue() {
        throw new UnsupportedOperationException("TODO(task 5): an empty, unbounded queue - see katas/threads/README.md#task-5");
    }

    /** {@code Queue(maxsize)}: maxsize <= 0 means unbounded. */
    public PyQueue(int maxsize) {
        throw new UnsupportedOperationException("TODO(task 5): an empty queue holding at most maxsize items - see katas/threads/README.md#task-5");
    }

    /** {@code q.put(item)}: blocks while the queue is full. */
    public void put(T item) {
        throw new UnsupportedOperationException("TODO(task 5): add an item, waiting for room - see katas/threads/README.md#task-5");
    }

    /** {@code q.put(item, block, timeout)}: raises {@link Full} if no room came up (timeout -1: no limit). */
    public void put(T item, boolean block, double timeout) {
        throw new UnsupportedOperationException("TODO(task 5): add an item, waiting for room as block and timeout allow - see katas/threads/README.md#task-5");
    }

    /** {@code q.put_nowait(item)}. */
    public void putNowait(T item) {
        throw new UnsupportedOperationException("TODO(task 5): add an item or raise Full - see katas/threads/README.md#task-5");
    }

    /** {@code q.get()}: blocks while the queue is empty. */
    public T get() {
        throw new UnsupportedOperationException("TODO(task 5): take the oldest item, waiting for one - see katas/threads/README.md#task-5");
    }

    /** {@code q.get(block, timeout)}: raises {@link Empty} if nothing came (timeout -1: no limit). */
    public T get(boolean block, double timeout) {
        throw new UnsupportedOperationException("TODO(task 5): take the oldest item, waiting as block and timeout allow - see katas/threads/README.md#task-5");
    }

    /** {@code q.get_nowait()}. */
    public T getNowait() {
        throw new UnsupportedOperationException("TODO(task 5): take the oldest item or raise Empty - see katas/threads/README.md#task-5");
    }

    /** {@code q.task_done()}: one item that get() returned is fully processed. */
    public void taskDone() {
        throw new UnsupportedOperationException("TODO(task 5): count one put item as processed - see katas/threads/README.md#task-5");
    }

    /** {@code q.join()}: blocks until every item ever put has been marked done. */
    public void join() {
        throw new UnsupportedOperationException("TODO(task 5): wait until every put item is processed - see katas/threads/README.md#task-5");
    }

    /** {@code q.qsize()}. */
    public int qsize() {
        throw new UnsupportedOperationException("TODO(task 5): count the items waiting - see katas/threads/README.md#task-5");
    }

    /** {@code q.empty()}. */
    public boolean empty() {
        throw new UnsupportedOperationException("TODO(task 5): tell whether no item waits - see katas/threads/README.md#task-5");
    }

    /** {@code q.full()}: always false for an unbounded queue. */
    public boolean full() {
        throw new UnsupportedOperationException("TODO(task 5): tell whether the queue has no room - see katas/threads/README.md#task-5");
    }
}
