package crawler;

/** One page the crawl will fetch: its normalized URL and its depth, the number of links from the start. */
public record Visit(String url, int depth) {
}
