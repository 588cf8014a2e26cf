package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("ProgressLine: one line per interval for long crawls, and the totals at the end")
@Tag("task-9")
class ProgressSpec {
    static final long MS = 1_000_000L;

    static CrawlStats stats(int fetched) {
        return new CrawlStats(fetched, 10, 300 - fetched, fetched / 40, fetched / 100);
    }

    @Test
    @DisplayName("formats fetched, in flight, queued, errors and depth")
    void format() {
        assertThat(ProgressLine.format(new CrawlStats(120, 10, 300, 3, 2))).as("format(CrawlStats(120, 10, 300, 3, 2))")
                .isEqualTo("fetched 120 · in flight 10 · queued 300 · errors 3 · depth 2");
    }

    @Test
    @DisplayName("prints the first report, then at most one per interval: 1000 reports 1 ms apart make 10 lines at 100 ms")
    void rateLimited() {
        AtomicLong clock = new AtomicLong(-5 * MS);
        List<String> out = new ArrayList<>();
        ProgressLine progress = new ProgressLine(out::add, Duration.ofMillis(100), clock::get);
        for (int i = 0; i < 1000; i++) {
            progress.accept(stats(i));
            clock.addAndGet(MS);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i += 100) {
            expected.add(ProgressLine.format(stats(i)));
        }
        assertThat(out).as("lines printed for 1000 reports 1 ms apart, interval 100 ms, clock starting at -5 ms").isEqualTo(expected);
    }

    @Test
    @DisplayName("measures intervals as differences, so a clock near Long.MAX_VALUE that wraps around is fine")
    void wrappingClock() {
        AtomicLong clock = new AtomicLong(Long.MAX_VALUE - 50 * MS);
        List<String> out = new ArrayList<>();
        ProgressLine progress = new ProgressLine(out::add, Duration.ofMillis(100), clock::get);
        progress.accept(stats(1));
        clock.addAndGet(99 * MS);
        progress.accept(stats(2));
        clock.addAndGet(MS);
        progress.accept(stats(3));
        assertThat(out).as("lines at clock MAX-50ms, +99ms (too soon), +100ms (past the wrap)")
                .containsExactly(ProgressLine.format(stats(1)), ProgressLine.format(stats(3)));
    }

    @Test
    @DisplayName("finish() always prints the totals, even right after another line")
    void finishAlwaysPrints() {
        List<String> out = new ArrayList<>();
        ProgressLine progress = new ProgressLine(out::add, Duration.ofHours(1), () -> 0L);
        progress.accept(stats(1));
        progress.accept(stats(2));
        progress.finish(new CrawlStats(7, 0, 0, 1, 3));
        assertThat(out).as("lines for two reports and finish() within one interval")
                .containsExactly(ProgressLine.format(stats(1)), "done: fetched 7 · in flight 0 · queued 0 · errors 1 · depth 3");
    }

    @Test
    @DisplayName("neverTwiceInAnInterval: for any report times, consecutive lines are at least an interval apart")
    void neverTwiceInAnInterval() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 60), integers().between(1, 40))
                .checkAssert((gaps, interval) -> {
                    AtomicLong clock = new AtomicLong();
                    List<Long> printedAt = new ArrayList<>();
                    ProgressLine progress = new ProgressLine(line -> printedAt.add(clock.get()), Duration.ofMillis(interval), clock::get);
                    long lastAllowed = Long.MIN_VALUE;
                    List<Long> expected = new ArrayList<>();
                    for (int gap : gaps) {
                        clock.addAndGet(gap * MS);
                        if (expected.isEmpty() || clock.get() - lastAllowed >= interval * MS) {
                            expected.add(clock.get());
                            lastAllowed = clock.get();
                        }
                        progress.accept(stats(gap));
                    }
                    assertThat(printedAt).as("clock readings of the lines printed for gaps %s ms, interval %d ms", gaps, interval)
                            .isEqualTo(expected);
                });
    }

    @Test
    @DisplayName("fed by a crawl, it prints its first report, and finish() with what crawl() returns gives the right totals")
    void withACrawl() {
        ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/a", "/b", "/missing"), "/a", List.of("/c")));
        fetcher.answer("/missing", () -> java.util.concurrent.CompletableFuture.completedFuture(new Response(404, null, "")));
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        ProgressLine progress = new ProgressLine(out::add, Duration.ofHours(1), () -> 42L);
        CrawlStats totals = new Crawler(fetcher, new CrawlOptions(2, 5, 100)).crawl(ScriptedFetcher.url("/"), record -> { }, progress);
        progress.finish(totals);
        assertThat(out).as("lines printed by a crawl of 5 pages (one a 404) with a clock that never moves").hasSize(2);
        assertThat(out.get(1)).as("the final line").isEqualTo("done: fetched 5 · in flight 0 · queued 0 · errors 1 · depth 2");
    }
}
