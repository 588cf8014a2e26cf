package crawler;

import java.util.List;

/**
 * The crawl's to-do list, in breadth-first order: every URL once, each at its shortest distance
 * from the start, within the depth and page limits. Not thread-safe: the crawler calls it under
 * its lock.
 */
public final class Frontier {

    /** A frontier holding only {@code start} (a normalized URL) at depth 0. ValueError for a negative limit. */
    public Frontier(String start, int maxDepth, int maxPages) {
        throw new UnsupportedOperationException("TODO(task 4): a frontier holding the start page at depth 0 - see katas/crawler/README.md#task-4");
    }

    /**
     * The next page to start, or null if none may start now: the queue is empty, the page limit is
     * reached, or the next page is one level deeper than a page still in flight.
     */
    public Visit next() {
        throw new UnsupportedOperationException("TODO(task 4): the next page that may start, or null - see katas/crawler/README.md#task-4");
    }

    /** {@code visit} is done; {@code links} (normalized, the ones to follow) are queued one level deeper. */
    public void finished(Visit visit, List<String> links) {
        throw new UnsupportedOperationException("TODO(task 4): mark the page done and queue its new links - see katas/crawler/README.md#task-4");
    }

    /** True when nothing is in flight and nothing more will ever start. */
    public boolean isDone() {
        throw new UnsupportedOperationException("TODO(task 4): nothing in flight and nothing left that may start - see katas/crawler/README.md#task-4");
    }

    /** Pages started and not yet finished. */
    public int inFlight() {
        throw new UnsupportedOperationException("TODO(task 4): how many pages are in flight - see katas/crawler/README.md#task-4");
    }

    /** Pages waiting that the page limit still allows to start. */
    public int queued() {
        throw new UnsupportedOperationException("TODO(task 4): how many waiting pages may still start - see katas/crawler/README.md#task-4");
    }
}
