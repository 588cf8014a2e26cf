package threads;

import java.util.List;

/**
 * The notes' spider: a producer starts one thread per page, but a {@link PySemaphore} lets at
 * most its initial value of them run at once.
 */
public final class ThrottledCrawler {
    /** A crawler that runs at most as many pages at once as {@code slots} allows. */
    public ThrottledCrawler(PySemaphore slots) {
        throw new UnsupportedOperationException("TODO(task 7): a crawler throttled by the given semaphore - see katas/threads/README.md#task-7");
    }

    /** Fetches every page, each in a thread of its own; returns when all are done. */
    public void crawl(List<Runnable> pages) {
        throw new UnsupportedOperationException("TODO(task 7): run every page in its own thread, never more at once than the semaphore allows - see katas/threads/README.md#task-7");
    }
}
