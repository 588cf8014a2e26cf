package crawler;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import py.ValueError;

/**
 * The crawl's to-do list, in breadth-first order: every URL once, each at its shortest distance
 * from the start, within the depth and page limits. Not thread-safe: the crawler calls it under
 * its lock.
 *
 * <p>The barrier is the point. A concurrent crawler that starts a depth-2 page while a depth-1 page
 * is still in flight can reach some page X through a long path first; the slow depth-1 page would
 * have found X one level higher, so X gets the wrong depth and its links may fall outside the
 * limit. Nothing of depth d+1 starts until every page of depth d has finished: then all of
 * level d+1 is known before any of it is fetched, and first discovery is shortest discovery.
 */
public final class Frontier {
    private final int maxDepth;
    private final int maxPages;
    /** Every URL ever queued: a page is deduplicated when it is found, not when it is fetched. */
    private final Set<String> seen = new HashSet<>();
    /** FIFO, so depths never decrease along the queue. */
    private final ArrayDeque<Visit> queue = new ArrayDeque<>();
    private final Set<Visit> inFlight = new HashSet<>();
    private int started;

    /** A frontier holding only {@code start} (a normalized URL) at depth 0. ValueError for a negative limit. */
    public Frontier(String start, int maxDepth, int maxPages) {
        if (maxDepth < 0) {
            throw new ValueError("maxDepth must be >= 0, not " + maxDepth);
        }
        if (maxPages < 0) {
            throw new ValueError("maxPages must be >= 0, not " + maxPages);
        }
        this.maxDepth = maxDepth;
        this.maxPages = maxPages;
        seen.add(start);
        queue.add(new Visit(start, 0));
    }

    /**
     * The next page to start, or null if none may start now: the queue is empty, the page limit is
     * reached, or the next page is one level deeper than a page still in flight.
     */
    public Visit next() {
        Visit head = queue.peek();
        if (head == null || started >= maxPages) {
            return null;
        }
        boolean shallowerInFlight = inFlight.stream().anyMatch(visit -> visit.depth() < head.depth());
        if (shallowerInFlight) {
            return null;
        }
        queue.poll();
        inFlight.add(head);
        started++;
        return head;
    }

    /** {@code visit} is done; {@code links} (normalized, the ones to follow) are queued one level deeper. */
    public void finished(Visit visit, List<String> links) {
        if (!inFlight.remove(visit)) {
            throw new ValueError(visit + " was not started by next(), or finished twice");
        }
        if (visit.depth() >= maxDepth) {
            return; // its links would lie beyond the depth limit
        }
        for (String link : links) {
            if (seen.add(link)) {
                queue.add(new Visit(link, visit.depth() + 1));
            }
        }
    }

    /** True when nothing is in flight and nothing more will ever start. */
    public boolean isDone() {
        return inFlight.isEmpty() && (queue.isEmpty() || started >= maxPages);
    }

    /** Pages started and not yet finished. */
    public int inFlight() {
        return inFlight.size();
    }

    /** Pages waiting that the page limit still allows to start. */
    public int queued() {
        return Math.min(queue.size(), maxPages - started);
    }
}
