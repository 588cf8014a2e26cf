package crawler;

import static crawler.Crawls.UNLIMITED;
import static crawler.Crawls.byUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Crawler: what each record says, at the edges of the status ranges and of failure")
@Tag("task-8")
class CrawlerRecordsSpec {

    private static String url(String path) {
        return ScriptedFetcher.url(path);
    }

    private static CompletableFuture<Response> answer(int status, String location, String body) {
        return CompletableFuture.completedFuture(new Response(status, location, body));
    }

    @Test
    @DisplayName("a redirect is exactly a 300-399 with a Location; a 400 with one is an error, a 3xx without one has no links")
    void statusRanges() throws Exception {
        ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/300", "/399", "/400", "/300-bare", "/mail")));
        fetcher.answer("/300", () -> answer(300, "/from-300", ""));
        fetcher.answer("/399", () -> answer(399, "/from-399", ""));
        fetcher.answer("/400", () -> answer(400, "/from-400", "<a href=/body-400>"));
        fetcher.answer("/300-bare", () -> answer(300, null, "<a href=/body-300>"));
        fetcher.answer("/mail", () -> answer(302, "mailto:x@y", ""));
        Map<String, PageRecord> byUrl = byUrl(ScriptedFetcher.outcome(fetcher.crawlInBackground(new CrawlOptions(2, 5, UNLIMITED))));
        assertThat(byUrl.get(url("/300")).links()).as("links of a 300 with Location /from-300: it is a redirect").containsExactly(url("/from-300"));
        assertThat(byUrl.get(url("/399")).links()).as("links of a 399 with Location /from-399: still 3xx").containsExactly(url("/from-399"));
        assertThat(byUrl.get(url("/400")).links()).as("links of a 400 with a Location: an error, neither followed nor searched").isEmpty();
        assertThat(byUrl.get(url("/400")).error()).as("error of the 400").isNotNull();
        assertThat(byUrl.get(url("/300-bare")).links()).as("links of a 300 without Location: not a page, its body is not searched").isEmpty();
        PageRecord mail = byUrl.get(url("/mail"));
        assertThat(mail.status()).as("status of a 302 to mailto:x@y").isEqualTo(302);
        assertThat(mail.links()).as("links of a 302 to mailto:x@y: normalize refuses the target").isEmpty();
        assertThat(mail.error()).as("error of a 302 to mailto:x@y: the refused target is an error").isNotNull();
        assertThat(byUrl.keySet()).as("pages recorded: neither 'body' link is followed").doesNotContain(url("/body-400"), url("/body-300"));
    }

    @Test
    @DisplayName("an error record names the exception and its message, unwrapped from CompletionException")
    void errorText() throws Exception {
        ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/wrapped", "/no-message", "/blank", "/no-cause")));
        fetcher.answer("/wrapped", () -> CompletableFuture.failedFuture(new CompletionException(new IOException("connection reset"))));
        fetcher.answer("/no-message", () -> CompletableFuture.failedFuture(new IOException()));
        fetcher.answer("/blank", () -> CompletableFuture.failedFuture(new IOException(" ")));
        fetcher.answer("/no-cause", () -> CompletableFuture.failedFuture(new CompletionException("gave up", null)));
        Map<String, PageRecord> byUrl = byUrl(ScriptedFetcher.outcome(fetcher.crawlInBackground(new CrawlOptions(2, 5, UNLIMITED))));
        assertThat(byUrl.get(url("/wrapped")).error()).as("error of a future failed with CompletionException(IOException(\"connection reset\"))")
                .isEqualTo("IOException: connection reset");
        assertThat(byUrl.get(url("/no-message")).error()).as("error of IOException() without a message: no dangling ': '")
                .isEqualTo("IOException");
        assertThat(byUrl.get(url("/blank")).error()).as("error of IOException(\" \"): a blank message says nothing").isEqualTo("IOException");
        assertThat(byUrl.get(url("/no-cause")).error()).as("error of a CompletionException without a cause: nothing to unwrap")
                .isEqualTo("CompletionException: gave up");
    }

    @Test
    @DisplayName("a sink that throws ends the crawl with its first exception, once the pages in flight are finished")
    void sinkFailure() throws Exception {
        ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/a", "/b", "/c", "/d", "/e")));
        fetcher.hold("/a");
        fetcher.hold("/b");
        List<String> sunk = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<CrawlStats> crawl = fetcher.crawlInBackground(new CrawlOptions(3, 5, UNLIMITED), record -> {
            sunk.add(record.url());
            if (!record.url().equals(url("/"))) {
                throw new IllegalStateException("disk full at " + record.url());
            }
        });
        fetcher.awaitPending(2);
        fetcher.awaitRequested("/c");
        fetcher.awaitRequestedOrSettled("/d"); // a correct crawler never asks: /c's failure stops new pages
        assertThat(crawl).as("the crawl while /a and /b are in flight, after the sink threw for /c").isNotDone();
        fetcher.release("/a");
        fetcher.release("/b");
        assertThatThrownBy(() -> ScriptedFetcher.outcome(crawl), "crawl() after the sink threw for /c, then for /a and /b")
                .isInstanceOf(IllegalStateException.class).hasMessage("disk full at " + url("/c"));
        assertThat(fetcher.requested()).as("requests: none after the sink failed").doesNotContain(url("/d"), url("/e"));
        assertThat(sunk).as("records handed to the sink: the pages in flight still finish").contains(url("/a"), url("/b"));
    }

    @Test
    @DisplayName("an interrupted crawl() raises CancelledError and leaves the thread's interrupt flag set")
    void interrupted() throws Exception {
        ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/a")));
        fetcher.hold("/");
        CompletableFuture<String> outcome = new CompletableFuture<>();
        Thread crawling = new Thread(() -> {
            try {
                new Crawler(fetcher, new CrawlOptions(1, 5, UNLIMITED)).crawl(url("/"), record -> { });
                outcome.complete("returned normally");
            } catch (RuntimeException e) {
                outcome.complete(e.getClass().getSimpleName() + ", interrupted=" + Thread.currentThread().isInterrupted());
            }
        }, "crawl-to-interrupt");
        crawling.setDaemon(true);
        crawling.start();
        while (fetcher.pending() == 0 && !outcome.isDone()) {
            Thread.sleep(1); // until / is in flight, or until the crawl ended without asking for it (a TODO, say)
        }
        crawling.interrupt();
        assertThat(outcome.get()).as("crawl() interrupted while waiting for / (what it raised, and the thread's interrupt flag after)")
                .isEqualTo("CancelledError, interrupted=true");
        fetcher.release("/");
    }

    @Test
    @DisplayName("reports progress when a page starts, not only when one finishes: the start page is seen in flight")
    void progressWhenStarting() {
        ScriptedFetcher fetcher = new ScriptedFetcher(Map.of("/", List.of("/a")));
        List<CrawlStats> reports = Collections.synchronizedList(new ArrayList<>());
        new Crawler(fetcher, new CrawlOptions(1, 5, UNLIMITED)).crawl(url("/"), record -> { }, reports::add);
        assertThat(reports).as("progress reports of a crawl of / and /a, one page at a time")
                .anySatisfy(stats -> assertThat(stats.inFlight()).as("requests in flight").isEqualTo(1))
                .anySatisfy(stats -> assertThat(stats.fetched()).as("pages fetched").isEqualTo(2));
    }
}
