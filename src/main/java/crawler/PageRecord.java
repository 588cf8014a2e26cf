package crawler;

import java.util.List;

/**
 * What the crawl records about one page: its URL and depth, the HTTP status (0 if no response came),
 * its links (normalized; for a redirect, the one target), and an error (null if none).
 */
public record PageRecord(String url, int depth, int status, List<String> links, String error) {
}
