package crawler;

/**
 * A snapshot of a crawl: pages finished (records written), requests in flight, pages waiting,
 * finished pages with an error, and the deepest level started so far.
 */
public record CrawlStats(int fetched, int inFlight, int queued, int errors, int depth) {
}
