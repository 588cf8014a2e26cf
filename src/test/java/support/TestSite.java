package support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated web site for crawler specs, seeded and reproducible: pages with a random link graph,
 * some 404s, 500s, 503s that succeed after k failures, pages that always answer 503, redirects
 * (to pages, to redirects, to themselves, off-site), resets and garbage, per-page latency, and links
 * written every way a page may write them (relative with {@code ..}, with fragments, absolute,
 * scheme-relative, upper-case scheme, dot segments, HTML-escaped). Pages also carry traps a
 * crawler must not follow: links in comments and scripts, {@code <link href>}, {@code data-href},
 * mailto: and javascript:.
 *
 * <p>The site is a model; {@link #at} puts it at an origin and answers the questions a spec asks:
 * what to serve for a request ({@link Hosted#reply}), what links each page has, and the BFS oracle.
 * Serve it over loopback with {@link Hosted#handler}, or in memory.
 */
public final class TestSite {
    /** How a page answers. */
    public enum Kind { PAGE, NOT_FOUND, SERVER_ERROR, FLAKY, ALWAYS_503, REDIRECT, RESET, GARBAGE }

    /** A link target: a page of the site, a path that is no page, or an off-site URL. */
    record Target(int page, String missingPath, int offsite) {
        static Target page(int id) {
            return new Target(id, null, -1);
        }
    }

    /** One page of the model. {@code failures}: how many 503s a FLAKY page sends first. */
    record Page(int id, String path, Kind kind, int failures, int redirectStatus, List<Target> links, int latencyMillis,
                long renderSeed) {
    }

    /** What to generate. Broken connections (reset, garbage) are left out of in-memory runs that cannot model them. */
    public record Shape(int pages, boolean brokenConnections, int maxLatencyMillis) {
    }

    final List<Page> pages;
    final long seed;

    private TestSite(List<Page> pages, long seed) {
        this.pages = pages;
        this.seed = seed;
    }

    /** A site of {@code shape.pages()} pages (page 0 is the start page {@code /}), reproducible from the seed. */
    public static TestSite generate(long seed, Shape shape) {
        Random random = new Random(seed);
        List<String> paths = paths(shape.pages());
        List<Page> pages = new ArrayList<>();
        for (int id = 0; id < shape.pages(); id++) {
            Kind kind = id == 0 ? Kind.PAGE : kind(random, shape.brokenConnections());
            List<Target> links = kind == Kind.REDIRECT ? List.of(redirectTarget(random, shape.pages()))
                    : linkTargets(random, id, shape.pages());
            pages.add(new Page(id, paths.get(id), kind, kind == Kind.FLAKY ? 1 + random.nextInt(2) : 0,
                    List.of(301, 302, 303, 307, 308).get(random.nextInt(5)), links,
                    shape.maxLatencyMillis() == 0 ? 0 : random.nextInt(shape.maxLatencyMillis() + 1), random.nextLong()));
        }
        return new TestSite(List.copyOf(pages), seed);
    }

    /** Puts the site at {@code origin} (e.g. {@code http://127.0.0.1:4711}); off-site links go to {@code offsiteOrigin}. */
    public Hosted at(String origin, String offsiteOrigin) {
        return new Hosted(this, origin, offsiteOrigin);
    }

    public int size() {
        return pages.size();
    }

    @Override
    public String toString() {
        return "TestSite(seed " + seed + ", " + pages.size() + " pages)";
    }

    /** Distinct paths in a few directories: some with a trailing slash, some with a query, some the slash twin of another. */
    private static List<String> paths(int count) {
        List<String> paths = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        for (int id = 0; id < count; id++) {
            String path;
            if (id == 0) {
                path = "/";
            } else if (id % 19 == 1 && id > 1 && !paths.get(id - 1).endsWith("/") && !paths.get(id - 1).contains("?")) {
                path = paths.get(id - 1) + "/"; // "/a" and "/a/" are different resources
            } else if (id % 13 == 0) {
                path = "/find?page=" + id + "&x=" + id % 3;
            } else {
                path = "/d" + id % 5 + "/e" + id % 3 + "/p" + id + (id % 11 == 0 ? "/" : "");
            }
            if (!unique.add(path)) {
                throw new IllegalStateException("duplicate path " + path);
            }
            paths.add(path);
        }
        return paths;
    }

    private static Kind kind(Random random, boolean brokenConnections) {
        int roll = random.nextInt(1000);
        if (roll < 30) {
            return Kind.NOT_FOUND;
        } else if (roll < 50) {
            return Kind.SERVER_ERROR;
        } else if (roll < 90) {
            return Kind.FLAKY;
        } else if (roll < 105) {
            return Kind.ALWAYS_503;
        } else if (roll < 150) {
            return Kind.REDIRECT;
        } else if (brokenConnections && roll < 155) {
            return Kind.RESET;
        } else if (brokenConnections && roll < 160) {
            return Kind.GARBAGE;
        }
        return Kind.PAGE;
    }

    private static Target redirectTarget(Random random, int pages) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return new Target(-1, null, random.nextInt(3));
        } else if (roll == 1) {
            return new Target(-1, "/missing/r" + random.nextInt(1000), -1);
        }
        return Target.page(random.nextInt(pages)); // maybe itself, the start page or another redirect
    }

    private static List<Target> linkTargets(Random random, int id, int pages) {
        List<Target> links = new ArrayList<>();
        int degree = id == 0 ? 8 + random.nextInt(8) : random.nextInt(7); // a start page with a menu
        for (int i = 0; i < degree; i++) {
            int roll = random.nextInt(100);
            if (roll < 60) {
                links.add(Target.page(random.nextInt(pages)));
            } else if (roll < 85) {
                links.add(Target.page((id + 1 + random.nextInt(10)) % pages));
            } else if (roll < 90) {
                links.add(new Target(-1, "/missing/p" + random.nextInt(1000), -1));
            } else {
                links.add(new Target(-1, null, random.nextInt(3)));
            }
            if (random.nextInt(10) == 0) {
                links.add(links.get(random.nextInt(links.size()))); // the same target twice, written differently
            }
        }
        return links;
    }

    /** The site at an origin: URLs, replies, pages' links and the BFS oracle. */
    public static final class Hosted {
        private final TestSite site;
        private final String origin;
        private final String offsiteOrigin;
        private final java.util.Map<String, Page> byTarget = new java.util.HashMap<>();

        Hosted(TestSite site, String origin, String offsiteOrigin) {
            this.site = site;
            this.origin = origin;
            this.offsiteOrigin = offsiteOrigin;
            site.pages.forEach(page -> byTarget.put(page.path(), page));
        }

        public TestSite site() {
            return site;
        }

        public String origin() {
            return origin;
        }

        /** The start page's URL, {@code <origin>/}. */
        public String startUrl() {
            return origin + "/";
        }

        /** The page at a request target (path and query), or null if the site has none there (a 404). */
        Page page(String target) {
            return byTarget.get(target);
        }

        /** The request target (path and query) of a URL of this site. */
        public String target(String url) {
            return url.substring(origin.length());
        }

        public boolean isOnSite(String url) {
            return url.startsWith(origin + "/");
        }

        /** What the site answers to request number {@code attempt} (1, 2, ...) for {@code target}. */
        public SiteReply reply(String target, int attempt) {
            return SiteRendering.reply(this, target, attempt);
        }

        /** The loopback handler: answers each request as {@link #reply} says, counting attempts per target. */
        public java.util.function.Function<LoopbackHttpServer.Request, HttpReply> handler() {
            java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> attempts =
                    new java.util.concurrent.ConcurrentHashMap<>();
            return request -> reply(request.target(),
                    attempts.computeIfAbsent(request.target(), t -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet())
                    .toHttpReply();
        }

        /** The links a crawler must record for this URL (normalized, in order, each once), given the retry budget. */
        public List<String> expectedLinks(String url, int maxAttempts) {
            return SiteRendering.expectedLinks(this, url, maxAttempts);
        }

        /** The status a crawler must record for this URL (0 for a broken connection). */
        public int expectedStatus(String url, int maxAttempts) {
            return SiteRendering.expectedStatus(this, url, maxAttempts);
        }

        /** How many requests a correct crawler sends for this URL: 1, or k+1 for a page that fails k times with 503. */
        public int expectedRequests(String url, int maxAttempts) {
            Page page = isOnSite(url) ? page(target(url)) : null;
            if (page == null) {
                return 1;
            }
            return switch (page.kind()) {
                case FLAKY -> Math.min(page.failures() + 1, maxAttempts);
                case ALWAYS_503 -> maxAttempts;
                default -> 1;
            };
        }

        /**
         * True if the page's connection is reset before any answer. HttpClient itself sends such a GET
         * a second time (an idempotent request on a connection that died unanswered), so a server may
         * log it twice even from a correct crawler.
         */
        public boolean resetsConnection(String url) {
            Page page = isOnSite(url) ? page(target(url)) : null;
            return page != null && page.kind() == Kind.RESET;
        }

        /** The BFS oracle: every on-site URL reachable from the start within {@code maxDepth} links, with its depth. */
        public java.util.Map<String, Integer> expectedDepths(int maxDepth, int maxAttempts) {
            java.util.Map<String, Integer> depths = new java.util.LinkedHashMap<>();
            java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
            depths.put(startUrl(), 0);
            queue.add(startUrl());
            while (!queue.isEmpty()) {
                String url = queue.poll();
                int depth = depths.get(url);
                if (depth == maxDepth) {
                    continue;
                }
                for (String link : expectedLinks(url, maxAttempts)) {
                    if (isOnSite(link) && depths.putIfAbsent(link, depth + 1) == null) {
                        queue.add(link);
                    }
                }
            }
            return depths;
        }

        /** The off-site origins links point to: the other server, this host under another name, https. */
        List<String> offsiteOrigins() {
            String alias = origin.contains("127.0.0.1") ? origin.replace("127.0.0.1", "localhost")
                    : origin.replace("://", "://alias.");
            return List.of(offsiteOrigin, alias, origin.replace("http://", "https://"));
        }

        /** The canonical URL of a target. */
        String canonical(Target target) {
            if (target.page() >= 0) {
                return origin + site.pages.get(target.page()).path();
            }
            if (target.missingPath() != null) {
                return origin + target.missingPath();
            }
            return offsiteOrigins().get(target.offsite()) + "/elsewhere";
        }

        List<String> canonicalLinks(Page page) {
            Set<String> links = new LinkedHashSet<>();
            page.links().forEach(target -> links.add(canonical(target)));
            return List.copyOf(links);
        }
    }

    /** What the site answers: a status with a body or a Location, a broken connection, after a latency. */
    public record SiteReply(int status, String location, String body, Kind broken, Duration latency) {
        public HttpReply toHttpReply() {
            HttpReply reply;
            if (broken == Kind.RESET) {
                reply = HttpReply.reset();
            } else if (broken == Kind.GARBAGE) {
                reply = HttpReply.garbage("SSH-2.0-OpenSSH_9.6\r\n");
            } else {
                reply = HttpReply.status(status, reason(status), body).header("Content-Type", "text/html; charset=utf-8");
                if (location != null) {
                    reply.header("Location", location);
                }
            }
            return reply.latency(latency);
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 301 -> "Moved Permanently";
                case 302 -> "Found";
                case 303 -> "See Other";
                case 307 -> "Temporary Redirect";
                case 308 -> "Permanent Redirect";
                case 404 -> "Not Found";
                case 500 -> "Internal Server Error";
                case 503 -> "Service Unavailable";
                default -> "Whatever";
            };
        }
    }
}
