package crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import support.TestSite;

/**
 * Compares a crawl's records with what breadth-first search over the {@link TestSite} model says.
 * Failure messages list a few offending URLs with what was expected and what was recorded.
 */
final class CrawlOracle {
    private CrawlOracle() {
    }

    /**
     * Without a page limit the crawled set is exactly the BFS set within maxDepth. With one, it has
     * min(maxPages, |BFS set|) pages, and levels fill in order: if a page of depth D was crawled,
     * every reachable page shallower than D was too. Either way each page has its BFS depth.
     */
    static void assertBfs(TestSite.Hosted site, List<PageRecord> records, int maxDepth, int maxPages, int maxAttempts, String context) {
        Map<String, Integer> oracle = site.expectedDepths(maxDepth, maxAttempts);
        Map<String, PageRecord> byUrl = new HashMap<>();
        List<String> twice = new ArrayList<>();
        records.forEach(record -> {
            if (byUrl.put(record.url(), record) != null) {
                twice.add(record.url());
            }
        });
        assertThat(twice).as("%s: pages recorded more than once", context).isEmpty();
        Set<String> unexpected = new HashSet<>(byUrl.keySet());
        unexpected.removeAll(oracle.keySet());
        assertThat(unexpected).as("%s: pages crawled that BFS within maxDepth=%d does not reach (off-site, traps, too deep?)",
                context, maxDepth).isEmpty();
        List<String> wrongDepth = new ArrayList<>();
        byUrl.values().forEach(record -> {
            if (record.depth() != oracle.get(record.url())) {
                wrongDepth.add(record.url() + " recorded at depth " + record.depth() + ", BFS depth " + oracle.get(record.url()));
            }
        });
        assertThat(wrongDepth).as("%s: depths (a page's depth is its SHORTEST distance from the start)", context).isEmpty();
        assertThat(records.size()).as("%s: pages crawled with maxPages=%d, BFS reaches %d", context, maxPages, oracle.size())
                .isEqualTo(Math.min(maxPages, oracle.size()));
        int deepest = records.stream().mapToInt(PageRecord::depth).max().orElse(0);
        List<String> skipped = oracle.entrySet().stream().filter(e -> e.getValue() < deepest && !byUrl.containsKey(e.getKey()))
                .map(e -> e.getKey() + " (depth " + e.getValue() + ")").limit(5).toList();
        assertThat(skipped).as("%s: levels fill in order, but with pages of depth %d crawled these shallower ones were not", context, deepest)
                .isEmpty();
    }

    /** Each record's status, error and links are what the page says. */
    static void assertRecordsMatchPages(TestSite.Hosted site, List<PageRecord> records, int maxAttempts, String context) {
        List<String> wrong = new ArrayList<>();
        for (PageRecord record : records) {
            int status = site.expectedStatus(record.url(), maxAttempts);
            boolean failed = status == 0 || status >= 400;
            List<String> links = site.expectedLinks(record.url(), maxAttempts);
            if (record.status() != status || (record.error() != null) != failed || !record.links().equals(links)) {
                wrong.add(record + "\n      expected status " + status + (failed ? " with an error" : " without error")
                        + " and links " + links);
            }
            if (wrong.size() == 3) {
                break;
            }
        }
        assertThat(wrong).as("%s: records that do not match their page (links: joined, normalized, in order, each once, "
                + "http(s) only, nothing from comments or scripts)", context).isEmpty();
    }

    /**
     * Every page was requested exactly as often as a correct crawler asks: once, or k+1 times after k
     * 503s. Over real HTTP, HttpClient may resend a GET whose connection was reset before any answer.
     */
    static void assertRequestCounts(TestSite.Hosted site, List<String> requestedUrls, List<PageRecord> records, int maxAttempts,
                                    boolean overHttpClient, String context) {
        Map<String, Integer> counts = new HashMap<>();
        requestedUrls.forEach(url -> counts.merge(url, 1, Integer::sum));
        List<String> wrong = new ArrayList<>();
        for (PageRecord record : records) {
            int expected = site.expectedRequests(record.url(), maxAttempts);
            Integer actual = counts.remove(record.url());
            boolean resent = overHttpClient && site.resetsConnection(record.url()) && actual != null && actual == expected + 1;
            if ((actual == null || actual != expected) && !resent) {
                wrong.add(record.url() + " requested " + actual + " times, expected " + expected);
            }
        }
        assertThat(wrong).as("%s: request counts (no page fetched twice; a 503 is retried)", context).isEmpty();
        assertThat(counts).as("%s: requests for URLs that have no record", context).isEmpty();
    }
}
