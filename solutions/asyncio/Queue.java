package asyncio;

import java.util.ArrayDeque;
import py.CancelledError;
import py.ValueError;

/** A FIFO queue for coroutines, with back-pressure (maxsize) and join/task_done bookkeeping. */
public class Queue<T> {
    private final int maxsize;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final ArrayDeque<Future<Boolean>> getters = new ArrayDeque<>();
    private final ArrayDeque<Future<Boolean>> putters = new ArrayDeque<>();
    private final Event finished = new Event();
    private int unfinished;

    /** A queue holding at most {@code maxsize} items; 0 or less means unbounded. */
    public Queue(int maxsize) {
        this.maxsize = maxsize;
        finished.set();
    }

    /** Number of items in the queue. */
    public int qsize() {
        return items.size();
    }

    /** True if there are no items. */
    public boolean empty() {
        return items.isEmpty();
    }

    /** True if maxsize items are queued. */
    public boolean full() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    /** Inside a coroutine: waits while the queue is full, then puts the item. */
    public void put(T item) {
        while (full()) {
            waitIn(putters);
        }
        putNowait(item);
    }

    /** Puts the item or raises QueueFull. */
    public void putNowait(T item) {
        if (full()) {
            throw new QueueFull();
        }
        items.add(item);
        unfinished++;
        finished.clear();
        wakeUpNext(getters);
    }

    /** Inside a coroutine: waits while the queue is empty, then takes the oldest item. */
    public T get() {
        while (empty()) {
            waitIn(getters);
        }
        return getNowait();
    }

    /** Takes the oldest item or raises QueueEmpty. */
    public T getNowait() {
        if (empty()) {
            throw new QueueEmpty();
        }
        T item = items.poll();
        wakeUpNext(putters);
        return item;
    }

    /** Marks one fetched item as processed; ValueError if more than were put. */
    public void taskDone() {
        if (unfinished <= 0) {
            throw new ValueError("task_done() called too many times");
        }
        unfinished--;
        if (unfinished == 0) {
            finished.set();
        }
    }

    /** Inside a coroutine: waits until every item put has been marked done. */
    public void join() {
        if (unfinished > 0) {
            finished.await();
        }
    }

    private void waitIn(ArrayDeque<Future<Boolean>> line) {
        Future<Boolean> turn = EventLoop.getRunningLoop().createFuture();
        line.add(turn);
        try {
            Coroutine.await(turn);
        } catch (CancelledError cancelled) {
            line.remove(turn);
            // If we were woken but leave anyway, the wake-up must go to the next in line.
            if (turn.done() && !turn.cancelled()) {
                wakeUpNext(line);
            }
            throw cancelled;
        }
    }

    private static void wakeUpNext(ArrayDeque<Future<Boolean>> line) {
        while (!line.isEmpty()) {
            Future<Boolean> next = line.poll();
            if (!next.done()) {
                next.setResult(true);
                return;
            }
        }
    }
}
