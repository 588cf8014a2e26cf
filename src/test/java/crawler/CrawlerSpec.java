package crawler;

import static crawler.Crawls.UNLIMITED;
import static crawler.Crawls.byUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import py.ValueError;
import support.TestSite;
import support.ThreadLeaks;

@DisplayName("Crawler: breadth-first, bounded, every page once, errors recorded")
@Tag("task-8")
class CrawlerSpec {
    /** A crawl to run: a generated site, the crawler's options, the simulated network's seed. */
    record Scenario(long siteSeed, int pages, int concurrency, int maxDepth, int maxPages) {
        @Override
        public String toString() {
            return "site seed " + siteSeed + " with " + pages + " pages, concurrency " + concurrency + ", maxDepth "
                    + (maxDepth == UNLIMITED ? "unlimited" : maxDepth) + ", maxPages " + (maxPages == UNLIMITED ? "unlimited" : maxPages);
        }
    }

    static Gen<Scenario> scenarios() {
        Gen<Integer> depths = integers().between(0, 7).mix(integers().between(UNLIMITED, UNLIMITED), 30);
        Gen<Integer> pageLimits = integers().between(0, 120).mix(integers().between(UNLIMITED, UNLIMITED), 50);
        return integers().all().zip(integers().between(1, 150), integers().between(1, 16), depths, pageLimits,
                (seed, pages, concurrency, depth, limit) -> new Scenario(seed, pages, concurrency, depth, limit));
    }

    @Test
    @Timeout(60)
    @DisplayName("crawlsTheBfsOracle: on random sites and random network timing, the crawl is exactly the BFS within the limits")
    void crawlsTheBfsOracle() {
        qt().withExamples(120).withShrinkCycles(30).forAll(scenarios()).checkAssert(scenario -> {
            TestSite.Hosted site = TestSite.generate(scenario.siteSeed(), new TestSite.Shape(scenario.pages(), true, 0))
                    .at("http://www.site.test", "http://www.site.test:8080");
            List<PageRecord> records = Collections.synchronizedList(new ArrayList<>());
            List<CrawlStats> reports = Collections.synchronizedList(new ArrayList<>());
            CrawlStats totals;
            try (SimulatedFetcher network = new SimulatedFetcher(site, scenario.siteSeed() * 31)) {
                totals = new Crawler(network, new CrawlOptions(scenario.concurrency(), scenario.maxDepth(), scenario.maxPages()))
                        .crawl(site.startUrl(), records::add, reports::add);
                checkNetwork(site, scenario, records, network);
            }
            String context = scenario.toString();
            CrawlOracle.assertBfs(site, records, scenario.maxDepth(), scenario.maxPages(), 1, context);
            CrawlOracle.assertRecordsMatchPages(site, records, 1, context);
            long errors = records.stream().filter(r -> r.error() != null).count();
            assertThat(totals).as("%s: the totals crawl() returns", context)
                    .isEqualTo(new CrawlStats(records.size(), 0, 0, (int) errors, records.stream().mapToInt(PageRecord::depth).max().orElse(0)));
            if (!records.isEmpty()) {
                assertThat(reports).as("%s: progress reports", context).isNotEmpty();
                assertThat(reports.get(reports.size() - 1)).as("%s: the last progress report", context).isEqualTo(totals);
            }
        });
    }

    @Nested
    @DisplayName("on hand-made sites")
    class HandMade {
        @Test
        @DisplayName("a page found first through a long path still gets its shortest depth, and its links stay in range")
        void shortestDepthUnderConcurrency() throws Exception {
            // / -> A (slow), B; B -> C; C -> X; A -> X; X -> Y; maxDepth 3: X is at depth 2 (via A), Y at 3.
            ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/A", "/B"), "/B", List.of("/C"), "/C", List.of("/X"),
                    "/A", List.of("/X"), "/X", List.of("/Y")));
            fetcher.hold("/A");
            CompletableFuture<List<PageRecord>> crawl = fetcher.crawlInBackground(new CrawlOptions(4, 3, UNLIMITED));
            fetcher.awaitRequested("/B");
            fetcher.awaitRequestedOrSettled("/C"); // a crawler without the barrier asks for C (and X) while A is slow
            fetcher.release("/A");
            List<PageRecord> records = ScriptedFetcher.outcome(crawl);
            assertThat(depths(records)).as("url -> depth of the crawl, with A answering last")
                    .containsEntry(ScriptedFetcher.url("/X"), 2).containsEntry(ScriptedFetcher.url("/Y"), 3).hasSize(6);
        }

        @Test
        @DisplayName("never has more than `concurrency` requests in flight, and reaches that many when there is work")
        void boundedConcurrency() throws Exception {
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                many.add("/p" + i);
            }
            ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", many));
            many.forEach(fetcher::hold);
            CompletableFuture<List<PageRecord>> crawl = fetcher.crawlInBackground(new CrawlOptions(6, 1, UNLIMITED));
            fetcher.awaitPending(6);
            assertThat(fetcher.pending()).as("requests in flight with concurrency 6 and 40 pages waiting").isEqualTo(6);
            many.forEach(fetcher::release);
            assertThat(ScriptedFetcher.outcome(crawl)).as("records").hasSize(41);
            assertThat(fetcher.peakPending()).as("most requests in flight at once, concurrency 6").isEqualTo(6);
        }

        @Test
        @DisplayName("a fetcher that throws, a failed future, a 500 and a 404 become error records; the crawl goes on")
        void errorsAreRecords() throws Exception {
            ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/throws", "/fails", "/500", "/404", "/ok"),
                    "/ok", List.of("/after")));
            fetcher.answer("/throws", () -> {
                throw new IllegalStateException("fetcher bug");
            });
            fetcher.answer("/fails", () -> CompletableFuture.failedFuture(new IOException("connection reset")));
            fetcher.answer("/500", () -> CompletableFuture.completedFuture(new Response(500, null, "oops")));
            fetcher.answer("/404", () -> CompletableFuture.completedFuture(new Response(404, null, "<a href=/never>")));
            Map<String, PageRecord> byUrl = byUrl(ScriptedFetcher.outcome(fetcher.crawlInBackground(new CrawlOptions(3, 5, UNLIMITED))));
            assertThat(byUrl.keySet()).as("pages recorded").containsExactlyInAnyOrder(ScriptedFetcher.url("/"), ScriptedFetcher.url("/throws"),
                    ScriptedFetcher.url("/fails"), ScriptedFetcher.url("/500"), ScriptedFetcher.url("/404"), ScriptedFetcher.url("/ok"),
                    ScriptedFetcher.url("/after"));
            for (String failed : List.of("/throws", "/fails", "/500", "/404")) {
                assertThat(byUrl.get(ScriptedFetcher.url(failed)).error()).as("error of %s", failed).isNotNull();
                assertThat(byUrl.get(ScriptedFetcher.url(failed)).links()).as("links of %s (an error page's links are not followed)", failed).isEmpty();
            }
            assertThat(byUrl.get(ScriptedFetcher.url("/500")).status()).as("status of /500").isEqualTo(500);
            assertThat(byUrl.get(ScriptedFetcher.url("/fails")).status()).as("status of /fails: no response, 0").isZero();
        }

        @Test
        @DisplayName("follows a redirect like a link: its target one level deeper, same site only, each page once, loops end")
        void redirects() throws Exception {
            ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/r1", "/loop-a", "/away", "/again")));
            fetcher.redirect("/r1", "/real#frag");
            fetcher.redirect("/loop-a", "loop-b");
            fetcher.redirect("/loop-b", "/loop-a");
            fetcher.redirect("/away", "http://other.test/x");
            fetcher.redirect("/again", "HTTP://WWW.SITE.TEST:80/r1");
            Map<String, PageRecord> byUrl = byUrl(ScriptedFetcher.outcome(fetcher.crawlInBackground(new CrawlOptions(2, 9, UNLIMITED))));
            assertThat(byUrl.get(ScriptedFetcher.url("/r1")).links()).as("links of the redirect /r1 -> /real#frag")
                    .containsExactly(ScriptedFetcher.url("/real"));
            assertThat(depths(byUrl.values())).as("url -> depth").containsEntry(ScriptedFetcher.url("/real"), 2)
                    .containsEntry(ScriptedFetcher.url("/loop-b"), 2).doesNotContainKey("http://other.test/x").hasSize(7);
            assertThat(fetcher.requested()).as("requests (no page twice, nothing off-site)").doesNotHaveDuplicates().hasSize(7);
        }

        @Test
        @DisplayName("starts nothing with maxPages=0, and leaves no thread of its own running")
        void noPagesNoThreads() throws Exception {
            ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/a")));
            assertThat(ScriptedFetcher.outcome(fetcher.crawlInBackground(new CrawlOptions(3, 5, 0)))).as("records with maxPages=0").isEmpty();
            java.util.Set<Thread> before = ThreadLeaks.snapshot();
            List<PageRecord> records = new ArrayList<>();
            new Crawler(fetcher, new CrawlOptions(3, 5, UNLIMITED)).crawl(ScriptedFetcher.url("/"), records::add);
            assertThat(records).as("records of a crawl whose fetcher answers synchronously").hasSize(2);
            assertThat(ThreadLeaks.stillRunning(before, thread -> false)).as("threads still running after crawl() returned").isEmpty();
        }

        @Test
        @DisplayName("streams each record to the JSON Lines file as its page completes: with one page held, the rest is on disk")
        void streamsWhileAPageIsHeld(@TempDir Path dir) throws Exception {
            List<String> menu = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                menu.add("/p" + i);
            }
            ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", menu, "/p1", List.of("/q1", "/q2", "/q3", "/q4", "/q5")));
            fetcher.hold("/q5"); // on the deepest level, so that everything else can finish
            Path file = dir.resolve("crawl.jsonl");
            try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
                CompletableFuture<CrawlStats> crawl = fetcher.crawlInBackground(new CrawlOptions(3, 5, UNLIMITED), writer);
                fetcher.awaitPending(1);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int poll = 0; poll < 200 && lines.size() < 15; poll++) {
                    Thread.sleep(10); // a crawler may hand records to a writer thread: give it a moment, not forever
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                }
                assertThat(lines).as("lines on disk while /q5 is still in flight (1 + 10 + 4 pages have completed)").hasSize(15);
                for (String line : lines) {
                    assertThat(JsonParser.parseString(line)).as("line %s, parsed", line).isInstanceOf(com.google.gson.JsonObject.class);
                }
                assertThat(crawl).as("the crawl while /q5 is held").isNotDone();
                fetcher.release("/q5");
                assertThat(ScriptedFetcher.outcome(crawl).fetched()).as("pages fetched in all").isEqualTo(16);
            }
            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).as("lines once the crawl is over").hasSize(16);
        }

        @Test
        @DisplayName("refuses a start URL it cannot fetch and bad options with ValueError")
        void refuses() {
            Fetcher fetcher = new ScriptedFetcher(Map.of());
            assertThatThrownBy(() -> new Crawler(fetcher, new CrawlOptions(2, 1, 1)).crawl("mailto:x@y", r -> { }),
                    "crawl('mailto:x@y', sink): ValueError, a crawler fetches only http and https")
                    .isInstanceOf(ValueError.class).hasMessage("unsupported URL scheme 'mailto'");
            assertThatThrownBy(() -> new Crawler(fetcher, new CrawlOptions(0, 1, 1)),
                    "Crawler(fetcher, CrawlOptions(concurrency=0, maxDepth=1, maxPages=1)): ValueError")
                    .isInstanceOf(ValueError.class);
            assertThatThrownBy(() -> new Crawler(fetcher, new CrawlOptions(1, -1, 1)),
                    "Crawler(fetcher, CrawlOptions(concurrency=1, maxDepth=-1, maxPages=1)): ValueError")
                    .isInstanceOf(ValueError.class);
            assertThatThrownBy(() -> new Crawler(fetcher, new CrawlOptions(1, 1, -1)),
                    "Crawler(fetcher, CrawlOptions(concurrency=1, maxDepth=1, maxPages=-1)): ValueError")
                    .isInstanceOf(ValueError.class);
        }
    }

    static Map<String, Integer> depths(java.util.Collection<PageRecord> records) {
        Map<String, Integer> depths = new java.util.HashMap<>();
        records.forEach(r -> depths.put(r.url(), r.depth()));
        return depths;
    }

    static void checkNetwork(TestSite.Hosted site, Scenario scenario, List<PageRecord> records, SimulatedFetcher network) {
        CrawlOracle.assertRequestCounts(site, network.requested(), records, 1, false, scenario.toString());
        assertThat(network.peakInFlight()).as("%s: most requests in flight at once", scenario).isLessThanOrEqualTo(scenario.concurrency());
    }
}
