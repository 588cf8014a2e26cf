package threads;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes' spider: a producer starts one thread per page, but a {@link PySemaphore} lets at
 * most its initial value of them run at once.
 */
public final class ThrottledCrawler {
    private final PySemaphore slots;

    /** A crawler that runs at most as many pages at once as {@code slots} allows. */
    public ThrottledCrawler(PySemaphore slots) {
        this.slots = slots;
    }

    /** Fetches every page, each in a thread of its own; returns when all are done. */
    public void crawl(List<Runnable> pages) {
        List<PyThread> started = new ArrayList<>();
        for (Runnable page : pages) {
            slots.acquire();
            PyThread worker = new PyThread(() -> {
                try {
                    page.run();
                } finally {
                    // The worker gives its slot back when ITS work is over. Releasing right after
                    // start() in the producer would let every page run at once.
                    slots.release();
                }
            });
            worker.start();
            started.add(worker);
        }
        for (PyThread worker : started) {
            worker.join();
        }
    }
}
