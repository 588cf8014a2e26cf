package crawler;

/**
 * How a crawl is bounded: at most {@code concurrency} requests in flight, pages at most
 * {@code maxDepth} links away from the start, at most {@code maxPages} pages fetched.
 */
public record CrawlOptions(int concurrency, int maxDepth, int maxPages) {
}
