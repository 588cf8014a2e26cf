package crawler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
        CompletableFuture<List<PageRecord>> result = new CompletableFuture<>();
        List<PageRecord> records = Collections.synchronizedList(new ArrayList<>());
        Thread crawl = new Thread(() -> {
            try {
                new Crawler(this, options).crawl(url("/"), records::add);
                result.complete(List.copyOf(records));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "crawl-in-background");
        crawl.setDaemon(true);
        crawl.start();
        return result;
    }

    synchronized void awaitRequested(String path) throws InterruptedException {
        while (!requested.contains(url(path))) {
            wait(); // the spec's timeout ends this if the crawler never asks
        }
    }

    /** Waits until {@code path} is requested, or until a few dozen wake-ups passed without it (a correct crawler never asks). */
    synchronized void awaitRequestedOrSettled(String path) throws InterruptedException {
        for (int i = 0; i < 30 && !requested.contains(url(path)); i++) {
            wait(10);
        }
    }

    synchronized void awaitPending(int n) throws InterruptedException {
        while (waiting.size() < n) {
            wait();
        }
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
