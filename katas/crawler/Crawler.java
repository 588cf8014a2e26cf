package crawler;

import java.util.function.Consumer;

/**
 * A breadth-first crawler of one site: from a start URL, it fetches every page of the same origin
 * (scheme, host and port) within the depth and page limits, each once, with at most
 * {@code concurrency} requests in flight, and hands a {@link PageRecord} to the sink as each page
 * completes. Errors (a 404, a reset, a timeout) become records; they never stop the crawl.
 */
public final class Crawler {

    public Crawler(Fetcher fetcher, CrawlOptions options) {
        throw new UnsupportedOperationException("TODO(task 8): remember the fetcher and options; ValueError for bad ones - see katas/crawler/README.md#task-8");
    }

    /** Crawls from {@code startUrl} (ValueError if it is not an http(s) URL) and returns the final totals. */
    public CrawlStats crawl(String startUrl, Consumer<PageRecord> sink) {
        throw new UnsupportedOperationException("TODO(task 8): crawl breadth-first with bounded concurrency - see katas/crawler/README.md#task-8");
    }

    /** The same, reporting a snapshot to {@code progress} after every change, one report at a time. */
    public CrawlStats crawl(String startUrl, Consumer<PageRecord> sink, Consumer<CrawlStats> progress) {
        throw new UnsupportedOperationException("TODO(task 8): crawl, and report every change to progress - see katas/crawler/README.md#task-8");
    }
}
