package crawler;

import static crawler.Crawls.UNLIMITED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import support.HttpReply;
import support.LoopbackHttpServer;
import support.TestSite;

@DisplayName("Crawler over loopback: HttpClient, real sockets, generated sites of thousands of pages")
@Tag("task-8")
class LoopbackCrawlSpec {
    static final int MAX_ATTEMPTS = 3;
    static final Duration FIRST_DELAY = Duration.ofMillis(1);
    static final Duration MAX_DELAY = Duration.ofMillis(4);

    /** Remembers every pause the retries ask for, and sleeps it for real. */
    record RecordingSleeper(Sleeper real, List<Duration> delays) implements Sleeper {
        @Override
        public CompletableFuture<Void> sleep(Duration delay) {
            delays.add(delay);
            return real.sleep(delay);
        }
    }

    @Test
    @Timeout(40)
    @DisplayName("crawls a 1200-page site exactly: the BFS oracle, each page's links, one request per page, nothing off-site, peak = 40")
    void wholeSite(@TempDir Path dir) throws Exception {
        checkCrawl(20260117L, 1200, new CrawlOptions(40, UNLIMITED, UNLIMITED), dir.resolve("crawl.jsonl"));
    }

    @Test
    @Timeout(40)
    @DisplayName("stops at 1000 pages of a 3000-page site, levels filled in order, at concurrency 100 and maxDepth 7")
    void limitedSite(@TempDir Path dir) throws Exception {
        checkCrawl(4711L, 3000, new CrawlOptions(100, 7, 1000), dir.resolve("crawl.jsonl"));
    }

    void checkCrawl(long seed, int pages, CrawlOptions options, Path file) throws Exception {
        AtomicReference<Function<LoopbackHttpServer.Request, HttpReply>> handler = new AtomicReference<>();
        List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
        try (LoopbackHttpServer offsite = LoopbackHttpServer.start(request -> HttpReply.ok("a crawler must never come here"));
             LoopbackHttpServer server = LoopbackHttpServer.start(request -> handler.get().apply(request))) {
            TestSite.Hosted site = TestSite.generate(seed, new TestSite.Shape(pages, true, 3)).at(server.url(""), offsite.url(""));
            handler.set(site.handler());
            // Levels before a wide one cannot fill `concurrency` slots: hold the answers of the first wide level only.
            java.util.Set<String> wideLevel = firstLevelWithRoomFor(site, options);
            server.releaseWhenInFlight(options.concurrency(), Duration.ofSeconds(15), request -> wideLevel.contains(request.target()));
            CrawlStats totals;
            try (HttpFetcher http = new HttpFetcher(Duration.ofSeconds(10)); ScheduledSleeper sleeper = new ScheduledSleeper();
                 JsonLinesWriter out = new JsonLinesWriter(file)) {
                Fetcher fetcher = new RetryingFetcher(http, MAX_ATTEMPTS, FIRST_DELAY, MAX_DELAY, new RecordingSleeper(sleeper, delays));
                totals = new Crawler(fetcher, options).crawl(site.startUrl(), out);
            }
            List<PageRecord> records = Crawls.readJsonLines(file);
            String context = site.site() + " crawled with " + options;
            CrawlOracle.assertBfs(site, records, options.maxDepth(), options.maxPages(), MAX_ATTEMPTS, context);
            CrawlOracle.assertRecordsMatchPages(site, records, MAX_ATTEMPTS, context);
            List<String> requested = server.requests().stream().map(request -> site.origin() + request.target()).toList();
            CrawlOracle.assertRequestCounts(site, requested, records, MAX_ATTEMPTS, true, context);
            assertThat(offsite.connectionsAccepted()).as("%s: connections to the off-site server", context).isZero();
            assertThat(server.peakInFlight()).as("%s: most requests the server held at once", context).isEqualTo(options.concurrency());
            assertThat(histogram(delays)).as("%s: backoff pauses asked for", context).isEqualTo(histogram(expectedDelays(site, records)));
            assertThat(totals.fetched()).as("%s: fetched in the returned totals", context).isEqualTo(records.size());
        }
    }

    @Test
    @DisplayName("records a timeout and a refused connection as errors, and finishes")
    void timeoutsAndRefusals() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> switch (request.target()) {
            case "/" -> HttpReply.ok("<a href=/slow>s</a><a href=/fast>f</a>");
            case "/slow" -> HttpReply.ok("<a href=/never>n</a>").latency(Duration.ofSeconds(30));
            default -> HttpReply.ok("fast");
        }); HttpFetcher http = new HttpFetcher(Duration.ofSeconds(1))) {
            List<PageRecord> records = Collections.synchronizedList(new ArrayList<>());
            new Crawler(http, new CrawlOptions(4, 3, UNLIMITED)).crawl(server.url("/"), records::add);
            Map<String, PageRecord> byUrl = Crawls.byUrl(records);
            assertThat(byUrl.keySet()).as("pages recorded").containsExactlyInAnyOrder(server.url("/"), server.url("/slow"), server.url("/fast"));
            assertThat(byUrl.get(server.url("/slow")).error()).as("error of /slow (30 s late, 1 s timeout)").isNotNull();
            assertThat(byUrl.get(server.url("/fast")).error()).as("error of /fast").isNull();

            List<PageRecord> refused = new ArrayList<>();
            new Crawler(http, new CrawlOptions(4, 3, UNLIMITED)).crawl("http://127.0.0.1:" + closedPort + "/", refused::add);
            assertThat(refused).as("records of a crawl whose start page refuses the connection").hasSize(1);
            assertThat(refused.get(0).error()).as("its error").isNotNull();
        }
    }

    /** The targets of the first BFS level with at least `concurrency` pages, all of which the page limit lets start. */
    static java.util.Set<String> firstLevelWithRoomFor(TestSite.Hosted site, CrawlOptions options) {
        Map<Integer, List<String>> levels = new TreeMap<>();
        site.expectedDepths(options.maxDepth(), MAX_ATTEMPTS).forEach((url, depth) ->
                levels.computeIfAbsent(depth, d -> new ArrayList<>()).add(site.target(url)));
        int before = 0;
        for (List<String> level : levels.values()) {
            if (level.size() >= options.concurrency() && (long) before + options.concurrency() <= options.maxPages()) {
                return java.util.Set.copyOf(level);
            }
            before += level.size();
        }
        throw new IllegalStateException(site.site() + " has no level wide enough for " + options + ": pick another seed");
    }

    /** The pauses a correct crawler asks for: k of them (1, 2, 4 ms... capped) for a page that fails k times. */
    static List<Duration> expectedDelays(TestSite.Hosted site, List<PageRecord> records) {
        List<Duration> delays = new ArrayList<>();
        for (PageRecord record : records) {
            for (int retry = 1; retry < site.expectedRequests(record.url(), MAX_ATTEMPTS); retry++) {
                Duration doubled = FIRST_DELAY.multipliedBy(1L << (retry - 1));
                delays.add(doubled.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubled);
            }
        }
        return delays;
    }

    static Map<Duration, Integer> histogram(List<Duration> delays) {
        Map<Duration, Integer> counts = new TreeMap<>();
        synchronized (delays) {
            delays.forEach(delay -> counts.merge(delay, 1, Integer::sum));
        }
        return counts;
    }
}
