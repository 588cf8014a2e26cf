package crawler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import support.TestSite;

/**
 * Serves a {@link TestSite} from memory, for fast crawls with many interleavings. Every request
 * gets a seeded random latency on a virtual clock, and one thread completes requests in the order
 * they fall due, as a network would: a slow page stays in flight while fast ones finish and their
 * links get fetched. That is exactly the order in which a crawler that fixes a page's depth at first
 * discovery goes wrong. The thread pauses a moment before each completion so the crawler can start
 * what it may.
 */
final class SimulatedFetcher implements Fetcher, AutoCloseable {
    private record Pending(long due, long sequence, String url, int attempt, CompletableFuture<Response> future) {
    }

    private final TestSite.Hosted site;
    private final Random latencies;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingLong(Pending::due).thenComparingLong(Pending::sequence));
    private final Map<String, Integer> attempts = new HashMap<>();
    private final List<String> requested = new ArrayList<>();
    private final Thread completer;
    private long now;
    private long sequence;
    private int peakInFlight;
    private boolean closed;

    SimulatedFetcher(TestSite.Hosted site, long seed) {
        this.site = site;
        this.latencies = new Random(seed);
        this.completer = new Thread(this::completeInOrder, "simulated-network");
        completer.setDaemon(true);
        completer.start();
    }

    @Override
    public synchronized CompletableFuture<Response> fetch(String url) {
        requested.add(url);
        int attempt = attempts.merge(url, 1, Integer::sum);
        CompletableFuture<Response> future = new CompletableFuture<>();
        // Latencies from 1 to 100 virtual ms; one request in ten is very slow.
        long latency = latencies.nextInt(10) == 0 ? 500 + latencies.nextInt(500) : 1 + latencies.nextInt(100);
        pending.add(new Pending(now + latency, sequence++, url, attempt, future));
        peakInFlight = Math.max(peakInFlight, pending.size());
        notifyAll();
        return future;
    }

    /** Every URL requested, in order, with repeats (retries or a broken dedupe). */
    synchronized List<String> requested() {
        return List.copyOf(requested);
    }

    /** The most requests that were pending at once. */
    synchronized int peakInFlight() {
        return peakInFlight;
    }

    private void completeInOrder() {
        while (true) {
            LockSupport.parkNanos(30_000); // let the crawler start what the last completion allows
            Pending next;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = pending.poll();
                now = next.due();
            }
            answer(next);
        }
    }

    private void answer(Pending request) {
        if (!site.isOnSite(request.url())) {
            request.future().complete(new Response(404, null, "off-site: a crawler must never ask for this"));
            return;
        }
        TestSite.SiteReply reply = site.reply(site.target(request.url()), request.attempt());
        if (reply.broken() != null) {
            request.future().completeExceptionally(new IOException("connection " + reply.broken()));
        } else {
            request.future().complete(new Response(reply.status(), reply.location(), reply.body()));
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            completer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
