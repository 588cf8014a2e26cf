package crawler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A hand-written site in memory, at {@code http://www.site.test}: each path answers 200 with links to
 * the hrefs given for it (no links if none), unless the spec scripts another answer, a redirect, or
 * holds the page until it says so. Answers come synchronously, inside fetch(), except held ones.
 */
final class ScriptedFetcher implements Fetcher {
    static final String ORIGIN = "http://www.site.test";

    private final Map<String, List<String>> links;
    private final Map<String, Supplier<CompletableFuture<Response>>> scripted = new HashMap<>();
    private final Set<String> held = new HashSet<>();
    private final Map<String, CompletableFuture<Response>> waiting = new HashMap<>();
    private final List<String> requested = new ArrayList<>();
    private int peakPending;
    /** The crawl started by crawlInBackground, so that a wait can stop when it ends (or fails at a TODO). */
    private CompletableFuture<?> running;

    ScriptedFetcher(Map<String, List<String>> links) {
        this.links = links;
    }

    static String url(String path) {
        return ORIGIN + path;
    }

    /** Answer requests for {@code path} with whatever {@code answer} returns (or throws). */
    synchronized void answer(String path, Supplier<CompletableFuture<Response>> answer) {
        scripted.put(path, answer);
    }

    synchronized void redirect(String path, String location) {
        scripted.put(path, () -> CompletableFuture.completedFuture(new Response(301, location, "moved")));
    }

    /** Requests for {@code path} stay in flight until {@link #release}. */
    synchronized void hold(String path) {
        held.add(path);
    }

    void release(String path) {
        CompletableFuture<Response> future;
        synchronized (this) {
            held.remove(path);
            future = waiting.remove(path);
        }
        if (future != null) {
            future.complete(page(path)); // outside the lock: the crawler's callback runs right here
        }
    }

    @Override
    public CompletableFuture<Response> fetch(String url) {
        String path = url.startsWith(ORIGIN) ? url.substring(ORIGIN.length()) : "off-site " + url;
        Supplier<CompletableFuture<Response>> answer;
        synchronized (this) {
            requested.add(url);
            notifyAll();
            if (held.contains(path)) {
                CompletableFuture<Response> future = new CompletableFuture<>();
                waiting.put(path, future);
                peakPending = Math.max(peakPending, waiting.size());
                return future;
            }
            answer = scripted.get(path);
        }
        return answer != null ? answer.get() : CompletableFuture.completedFuture(page(path));
    }

    private Response page(String path) {
        StringBuilder html = new StringBuilder("<html><body>");
        links.getOrDefault(path, List.of()).forEach(href -> html.append("<a href=\"").append(href).append("\">link</a>\n"));
        return new Response(200, null, html.append("</body></html>").toString());
    }

    /** Runs a crawl from {@code /} on a thread of its own; the future completes with its records. */
    CompletableFuture<List<PageRecord>> crawlInBackground(CrawlOptions options) {
        List<PageRecord> records = Collections.synchronizedList(new ArrayList<>());
        return crawlInBackground(options, records::add).thenApply(totals -> List.copyOf(records));
    }

    /** Runs a crawl from {@code /} on a thread of its own, records to {@code sink}; the future completes with the totals. */
    CompletableFuture<CrawlStats> crawlInBackground(CrawlOptions options, Consumer<PageRecord> sink) {
        CompletableFuture<CrawlStats> result = new CompletableFuture<>();
        synchronized (this) {
            running = result;
        }
        Thread crawl = new Thread(() -> {
            try {
                result.complete(new Crawler(this, options).crawl(url("/"), sink));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
            synchronized (this) {
                notifyAll(); // wake a spec waiting for a request that will never come
            }
        }, "crawl-in-background");
        crawl.setDaemon(true);
        crawl.start();
        return result;
    }

    /** The crawl's result, or what it threw (a TODO, say) rethrown as it is. */
    static <T> T outcome(CompletableFuture<T> crawl) throws Exception {
        try {
            return crawl.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    synchronized void awaitRequested(String path) throws Exception {
        while (!requested.contains(url(path))) {
            waitWhileCrawling("a request for " + path);
        }
    }

    /** Waits until {@code path} is requested, or until a few dozen wake-ups passed without it (a correct crawler never asks). */
    synchronized void awaitRequestedOrSettled(String path) throws InterruptedException {
        for (int i = 0; i < 30 && !requested.contains(url(path)); i++) {
            wait(10);
        }
    }

    synchronized void awaitPending(int n) throws Exception {
        while (waiting.size() < n) {
            waitWhileCrawling(n + " requests in flight");
        }
    }

    /** Waits for a change; if the crawl has ended, says so (or rethrows why it failed) instead of waiting forever. */
    private void waitWhileCrawling(String awaited) throws Exception {
        if (running != null && running.isDone()) {
            outcome(running);
            throw new AssertionError("the crawl ended without " + awaited + "; requests: " + requested);
        }
        wait(); // the spec's timeout ends this if the crawler hangs
    }

    synchronized int pending() {
        return waiting.size();
    }

    synchronized int peakPending() {
        return peakPending;
    }

    synchronized List<String> requested() {
        return List.copyOf(requested);
    }
}
