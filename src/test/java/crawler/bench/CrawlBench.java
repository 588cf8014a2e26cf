package crawler.bench;

import crawler.CrawlOptions;
import crawler.Crawler;
import crawler.Fetcher;
import crawler.Frontier;
import crawler.HttpFetcher;
import crawler.LinkExtractor;
import crawler.PageRecord;
import crawler.Response;
import crawler.Urls;
import crawler.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import support.HttpReply;
import support.LoopbackHttpServer;
import support.TestSite;

/**
 * Pages per second on one generated site (per-page latency 0 to 10 ms, over loopback): one request
 * at a time, a pool of blocking threads, and the crawler at concurrency 10, 100 and 1000. NOT a
 * spec: it prints numbers that depend on the machine. Run it with {@code ./mvnw -Pbench -Dkata=crawler}
 * (the solutions), or with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=crawler.bench.CrawlBench}
 * (your code in target/classes). Arguments: pages of the site, pages to crawl, pool threads.
 */
public final class CrawlBench {
    private static final int UNLIMITED = Integer.MAX_VALUE;

    private CrawlBench() {
    }

    private interface Strategy {
        int crawl(Fetcher fetcher, String start, int maxPages) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int sitePages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int maxPages = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int poolThreads = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        System.out.printf("A %d-page generated site on loopback, 0-10 ms latency per page, crawl limited to %d pages.%n%n",
                sitePages, maxPages);
        System.out.println("| strategy | pages | seconds | pages/s | speed-up | peak in flight (server) |");
        System.out.println("|---|---|---|---|---|---|");
        double sequential = run("one request at a time (crawler, concurrency 1)", sitePages, maxPages, crawler(1), 0);
        run("thread pool of " + poolThreads + ", blocking fetches, level by level", sitePages, maxPages, pool(poolThreads), sequential);
        for (int concurrency : new int[] {10, 100, 1000}) {
            run("crawler, concurrency " + concurrency, sitePages, maxPages, crawler(concurrency), sequential);
        }
    }

    /** Crawls a fresh copy of the site with one strategy; prints a table row; returns pages per second. */
    private static double run(String name, int sitePages, int maxPages, Strategy strategy, double baseline) throws Exception {
        AtomicReference<Function<LoopbackHttpServer.Request, HttpReply>> handler = new AtomicReference<>();
        try (LoopbackHttpServer offsite = LoopbackHttpServer.start(request -> HttpReply.ok("off-site"));
             LoopbackHttpServer server = LoopbackHttpServer.start(request -> handler.get().apply(request));
             HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(30))) {
            TestSite.Hosted site = TestSite.generate(2026, new TestSite.Shape(sitePages, false, 10)).at(server.url(""), offsite.url(""));
            handler.set(site.handler());
            long start = System.nanoTime();
            int pages = strategy.crawl(fetcher, site.startUrl(), maxPages);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = pages / seconds;
            System.out.printf("| %s | %d | %.2f | %.0f | %s | %d |%n", name, pages, seconds, rate,
                    baseline == 0 ? "1.0x" : String.format("%.1fx", rate / baseline), server.peakInFlight());
            return rate;
        }
    }

    private static Strategy crawler(int concurrency) {
        return (fetcher, start, maxPages) -> {
            List<PageRecord> records = new ArrayList<>();
            return new Crawler(fetcher, new CrawlOptions(concurrency, UNLIMITED, maxPages)).crawl(start, record -> {
                synchronized (records) {
                    records.add(record);
                }
            }).fetched();
        };
    }

    /** The thread-pool way: each level's pages are blocking tasks on a fixed pool, and the level waits for all of them. */
    private static Strategy pool(int threads) {
        return (fetcher, start, maxPages) -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger fetched = new AtomicInteger();
            try {
                Frontier frontier = new Frontier(start, UNLIMITED, maxPages);
                while (!frontier.isDone()) {
                    List<Visit> level = new ArrayList<>();
                    for (Visit visit = frontier.next(); visit != null; visit = frontier.next()) {
                        level.add(visit);
                    }
                    List<Callable<List<String>>> tasks = new ArrayList<>();
                    for (Visit visit : level) {
                        tasks.add(() -> linksToFollow(fetcher, visit.url(), start));
                    }
                    List<Future<List<String>>> results = pool.invokeAll(tasks);
                    for (int i = 0; i < level.size(); i++) {
                        frontier.finished(level.get(i), results.get(i).get());
                        fetched.incrementAndGet();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return fetched.get();
        };
    }

    private static List<String> linksToFollow(Fetcher fetcher, String url, String start) {
        try {
            Response response = fetcher.fetch(url).join(); // this thread waits for the whole round trip
            List<String> links = List.of();
            if (response.status() / 100 == 3 && response.location() != null) {
                links = List.of(Urls.normalize(Urls.join(url, response.location())));
            } else if (response.status() / 100 == 2) {
                links = LinkExtractor.links(url, response.body());
            }
            return links.stream().filter(link -> link.startsWith(start)).toList();
        } catch (RuntimeException failed) {
            return List.of();
        }
    }
}
