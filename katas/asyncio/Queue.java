package asyncio;

/** A FIFO queue for coroutines, with back-pressure (maxsize) and join/task_done bookkeeping. */
public class Queue<T> {
    /** A queue holding at most {@code maxsize} items; 0 or less means unbounded. */
    public Queue(int maxsize) {
        throw new UnsupportedOperationException("TODO(task 7): create a queue of at most maxsize items - see katas/asyncio/README.md#task-7");
    }

    /** Number of items in the queue. */
    public int qsize() {
        throw new UnsupportedOperationException("TODO(task 7): count the items in the queue - see katas/asyncio/README.md#task-7");
    }

    /** True if there are no items. */
    public boolean empty() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether the queue is empty - see katas/asyncio/README.md#task-7");
    }

    /** True if maxsize items are queued. */
    public boolean full() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether the queue is full - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: waits while the queue is full, then puts the item. */
    public void put(T item) {
        throw new UnsupportedOperationException("TODO(task 7): put the item, waiting while the queue is full - see katas/asyncio/README.md#task-7");
    }

    /** Puts the item or raises QueueFull. */
    public void putNowait(T item) {
        throw new UnsupportedOperationException("TODO(task 7): put the item without waiting - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: waits while the queue is empty, then takes the oldest item. */
    public T get() {
        throw new UnsupportedOperationException("TODO(task 7): take the oldest item, waiting while the queue is empty - see katas/asyncio/README.md#task-7");
    }

    /** Takes the oldest item or raises QueueEmpty. */
    public T getNowait() {
        throw new UnsupportedOperationException("TODO(task 7): take the oldest item without waiting - see katas/asyncio/README.md#task-7");
    }

    /** Marks one fetched item as processed; ValueError if more than were put. */
    public void taskDone() {
        throw new UnsupportedOperationException("TODO(task 7): mark one fetched item as processed - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: waits until every item put has been marked done. */
    public void join() {
        throw new UnsupportedOperationException("TODO(task 7): wait until every item put has been processed - see katas/asyncio/README.md#task-7");
    }
}
