package crawler;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import py.CancelledError;
import py.ValueError;

/**
 * A breadth-first crawler of one site: from a start URL, it fetches every page of the same origin
 * (scheme, host and port) within the depth and page limits, each once, with at most
 * {@code concurrency} requests in flight, and hands a {@link PageRecord} to the sink as each page
 * completes. Errors (a 404, a reset, a timeout) become records; they never stop the crawl.
 *
 * <p>One thread, the caller's, decides what to start; completions arrive on the fetcher's threads.
 * Both meet under one lock, around the {@link Frontier}. What is slow (parsing a page, writing its
 * record) happens outside the lock.
 */
public final class Crawler {
    private final Fetcher fetcher;
    private final CrawlOptions options;

    public Crawler(Fetcher fetcher, CrawlOptions options) {
        if (options.concurrency() < 1) {
            throw new ValueError("concurrency must be >= 1, not " + options.concurrency());
        }
        if (options.maxDepth() < 0 || options.maxPages() < 0) {
            throw new ValueError("limits must be >= 0, got " + options);
        }
        this.fetcher = fetcher;
        this.options = options;
    }

    /** Crawls from {@code startUrl} (ValueError if it is not an http(s) URL) and returns the final totals. */
    public CrawlStats crawl(String startUrl, Consumer<PageRecord> sink) {
        return crawl(startUrl, sink, stats -> { });
    }

    /** The same, reporting a snapshot to {@code progress} after every change, one report at a time. */
    public CrawlStats crawl(String startUrl, Consumer<PageRecord> sink, Consumer<CrawlStats> progress) {
        return new Run(Urls.normalize(startUrl), sink, progress).go();
    }

    /** One crawl's state; everything mutable is guarded by {@code lock}. */
    private final class Run {
        private final Object lock = new Object();
        private final Frontier frontier;
        private final String origin;
        private final Consumer<PageRecord> sink;
        private final Consumer<CrawlStats> progress;
        private int fetched;
        private int errors;
        private int deepest;
        private RuntimeException failure;

        Run(String start, Consumer<PageRecord> sink, Consumer<CrawlStats> progress) {
            this.frontier = new Frontier(start, options.maxDepth(), options.maxPages());
            this.origin = origin(start);
            this.sink = sink;
            this.progress = progress;
        }

        CrawlStats go() {
            synchronized (lock) {
                while (true) {
                    startWhatMay();
                    boolean over = failure != null ? frontier.inFlight() == 0 : frontier.isDone();
                    if (over) {
                        break;
                    }
                    try {
                        lock.wait(); // every completion notifies
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancelledError("crawl interrupted with " + frontier.inFlight() + " requests in flight", e);
                    }
                }
                if (failure != null) {
                    throw failure;
                }
                return stats();
            }
        }

        /** Starts pages while the frontier allows and the concurrency bound has room. Holds the lock. */
        private void startWhatMay() {
            Visit visit;
            while (failure == null && frontier.inFlight() < options.concurrency() && (visit = frontier.next()) != null) {
                deepest = Math.max(deepest, visit.depth());
                progress.accept(stats());
                CompletableFuture<Response> response;
                try {
                    response = fetcher.fetch(visit.url());
                } catch (RuntimeException thrown) {
                    response = CompletableFuture.failedFuture(thrown); // a fetcher that throws fails one page, not the crawl
                }
                Visit started = visit;
                response.whenComplete((ok, error) -> complete(started, ok, error));
            }
        }

        /** Runs on whichever thread completed the fetch (or inline, if it was already complete). */
        private void complete(Visit visit, Response response, Throwable error) {
            PageRecord record = null;
            try {
                record = record(visit, response, error);
                sink.accept(record);
            } catch (RuntimeException broken) {
                synchronized (lock) {
                    failure = failure == null ? broken : failure; // stop starting pages; crawl() rethrows it
                }
            } finally {
                synchronized (lock) {
                    frontier.finished(visit, record == null ? List.of() : sameSite(record.links()));
                    fetched++;
                    errors += record == null || record.error() != null ? 1 : 0;
                    progress.accept(stats());
                    lock.notifyAll();
                }
            }
        }

        private List<String> sameSite(List<String> links) {
            return links.stream().filter(link -> origin(link).equals(origin)).toList();
        }

        private CrawlStats stats() {
            return new CrawlStats(fetched, frontier.inFlight(), frontier.queued(), errors, deepest);
        }
    }

    /** The record for a finished fetch: links of a 2xx page, the target of a redirect, or the error. */
    private static PageRecord record(Visit visit, Response response, Throwable error) {
        String url = visit.url();
        if (error != null) {
            return new PageRecord(url, visit.depth(), 0, List.of(), describe(error));
        }
        int status = response.status();
        if (status >= 300 && status < 400 && response.location() != null) {
            try {
                // A redirect is a page whose one link is its Location: normalized, deduplicated, same-site only.
                return new PageRecord(url, visit.depth(), status, List.of(Urls.normalize(Urls.join(url, response.location()))), null);
            } catch (ValueError badTarget) {
                return new PageRecord(url, visit.depth(), status, List.of(), "bad redirect: " + badTarget.getMessage());
            }
        }
        if (status >= 200 && status < 300) {
            String body = response.body() == null ? "" : response.body();
            return new PageRecord(url, visit.depth(), status, LinkExtractor.links(url, body), null);
        }
        return new PageRecord(url, visit.depth(), status, List.of(), "HTTP " + status);
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String origin(String normalizedUrl) {
        SplitResult parts = Urls.split(normalizedUrl);
        return parts.scheme() + "://" + parts.netloc();
    }
}
