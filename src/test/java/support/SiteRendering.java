package support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import support.TestSite.Hosted;
import support.TestSite.Page;
import support.TestSite.SiteReply;
import support.TestSite.Target;

/** How a {@link TestSite} page looks on the wire: its HTML, its href spellings, its replies, and what a crawler must record. */
final class SiteRendering {
    private SiteRendering() {
    }

    static SiteReply reply(Hosted hosted, String target, int attempt) {
        Page page = hosted.page(target);
        if (page == null) {
            return new SiteReply(404, null, errorPage("no page at " + target), null, Duration.ZERO);
        }
        Duration latency = Duration.ofMillis(page.latencyMillis());
        return switch (page.kind()) {
            case PAGE -> new SiteReply(200, null, html(hosted, page), null, latency);
            case FLAKY -> attempt <= page.failures() ? new SiteReply(503, null, errorPage("busy, try again"), null, latency)
                    : new SiteReply(200, null, html(hosted, page), null, latency);
            case NOT_FOUND -> new SiteReply(404, null, errorPage("gone"), null, latency);
            case SERVER_ERROR -> new SiteReply(500, null, errorPage("oops"), null, latency);
            case ALWAYS_503 -> new SiteReply(503, null, errorPage("down for maintenance"), null, latency);
            case REDIRECT -> new SiteReply(page.redirectStatus(), location(hosted, page), "moved", null, latency);
            case RESET, GARBAGE -> new SiteReply(0, null, "", page.kind(), latency);
        };
    }

    /** Error pages have links too, as real ones do; a crawler must not follow them. */
    private static String errorPage(String message) {
        return "<html><body><p>" + message + "</p><a href=\"/trap/from-error-page\">home</a></body></html>";
    }

    static List<String> expectedLinks(Hosted hosted, String url, int maxAttempts) {
        Page page = hosted.isOnSite(url) ? hosted.page(hosted.target(url)) : null;
        if (page == null) {
            return List.of();
        }
        return switch (page.kind()) {
            case PAGE -> hosted.canonicalLinks(page);
            case FLAKY -> page.failures() < maxAttempts ? hosted.canonicalLinks(page) : List.of();
            case REDIRECT -> List.of(hosted.canonical(page.links().get(0)));
            default -> List.of();
        };
    }

    static int expectedStatus(Hosted hosted, String url, int maxAttempts) {
        Page page = hosted.isOnSite(url) ? hosted.page(hosted.target(url)) : null;
        if (page == null) {
            return 404;
        }
        return switch (page.kind()) {
            case PAGE -> 200;
            case FLAKY -> page.failures() < maxAttempts ? 200 : 503;
            case NOT_FOUND -> 404;
            case SERVER_ERROR -> 500;
            case ALWAYS_503 -> 503;
            case REDIRECT -> page.redirectStatus();
            case RESET, GARBAGE -> 0;
        };
    }

    /** The page's HTML: its links in seeded random spellings, with traps in between. */
    static String html(Hosted hosted, Page page) {
        Random random = new Random(page.renderSeed());
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Page ").append(page.id()).append("</title>");
        if (random.nextBoolean()) {
            html.append("<link href=\"/trap/link/").append(page.id()).append("\" rel=stylesheet>");
        }
        html.append("</head>\n<body><h1>Page ").append(page.id()).append("</h1>\n");
        for (Target target : page.links()) {
            if (random.nextInt(5) == 0) {
                html.append(trap(random, page.id())).append('\n');
            }
            html.append(anchor(random, page.id(), href(hosted, random, page, target))).append('\n');
        }
        if (random.nextInt(4) == 0) {
            html.append(random.nextBoolean() ? "<a href=\"mailto:webmaster@site.test\">mail us</a>\n"
                    : "<A HREF='javascript:void(0)'>do nothing</A>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String trap(Random random, int id) {
        return switch (random.nextInt(6)) {
            case 0 -> "<!-- <a href=\"/trap/comment/" + id + "\">old link</a> -->";
            case 1 -> "<script>var s = '<a href=\"/trap/script/" + id + "\">'; if (a < b) {}</script>";
            case 2 -> "<div data-href=\"/trap/data/" + id + "\">not a link</div>";
            case 3 -> "<area href=\"/trap/area/" + id + "\" alt=map>";
            case 4 -> "<a name=\"anchor-" + id + "\">no href</a>";
            default -> "<style>a[href=\"/trap/style/" + id + "\"] { color: red }</style>";
        };
    }

    private static String anchor(Random random, int id, String href) {
        String escaped = href.replace("&", random.nextInt(4) == 0 ? "&#38;" : "&amp;");
        String value;
        int style = random.nextInt(10);
        if (style < 7 || escaped.contains("'") && style < 9) {
            value = "\"" + escaped + "\"";
        } else if (style < 9 || escaped.matches(".*[\\s\"'>].*") || escaped.isEmpty()) {
            value = "'" + escaped + "'";
        } else {
            value = escaped;
        }
        String tag = random.nextInt(5) == 0 ? "A" : "a";
        String name = random.nextInt(5) == 0 ? "HREF" : "href";
        String before = random.nextInt(4) == 0 ? "data-href=\"/trap/data-in-a/" + id + "\" class=link " : "";
        return "<" + tag + " " + before + name + "=" + value + ">link</" + tag + ">";
    }

    /** One of the many ways a page can write a link to {@code target}. */
    private static String href(Hosted hosted, Random random, Page page, Target target) {
        String canonical = hosted.canonical(target);
        if (!hosted.isOnSite(canonical)) {
            return switch (random.nextInt(3)) {
                case 0 -> canonical;
                case 1 -> canonical.replaceFirst("^https?", canonical.startsWith("https") ? "HTTPS" : "HTTP");
                default -> canonical + "#elsewhere";
            };
        }
        String path = hosted.target(canonical);
        String hostAndPort = hosted.origin().substring("http://".length());
        return switch (random.nextInt(10)) {
            case 0 -> path;
            case 1 -> canonical;
            case 2 -> relative(page.path(), path);
            case 3 -> path + "#section-" + random.nextInt(5);
            case 4 -> "//" + hostAndPort + path;
            case 5 -> "HTTP://" + hostAndPort.toUpperCase(Locale.ROOT) + path;
            case 6 -> "/zz/.." + path;
            case 7 -> "/." + path;
            case 8 -> relative(page.path(), path) + "#top";
            default -> path.contains("?") ? path : path + "?";
        };
    }

    /** Where a redirect points: absolute, root-relative, or relative to the redirecting page. */
    private static String location(Hosted hosted, Page page) {
        String canonical = hosted.canonical(page.links().get(0));
        if (!hosted.isOnSite(canonical)) {
            return canonical;
        }
        String path = hosted.target(canonical);
        return switch (page.id() % 3) {
            case 0 -> canonical;
            case 1 -> path;
            default -> relative(page.path(), path);
        };
    }

    /** A relative reference from the page at {@code from} to {@code to}, with as many "../" as it takes. */
    static String relative(String from, String to) {
        String fromPath = from.contains("?") ? from.substring(0, from.indexOf('?')) : from;
        String toPath = to.contains("?") ? to.substring(0, to.indexOf('?')) : to;
        String query = to.contains("?") ? to.substring(to.indexOf('?')) : "";
        List<String> fromDirs = segments(fromPath.substring(0, fromPath.lastIndexOf('/') + 1));
        List<String> toSegments = new ArrayList<>(List.of(toPath.substring(1).split("/", -1)));
        int common = 0;
        while (common < fromDirs.size() && common < toSegments.size() - 1 && fromDirs.get(common).equals(toSegments.get(common))) {
            common++;
        }
        String up = "../".repeat(fromDirs.size() - common);
        String rest = String.join("/", toSegments.subList(common, toSegments.size()));
        String relative = up + rest;
        return (relative.isEmpty() ? "./" : relative) + query;
    }

    private static List<String> segments(String directory) {
        List<String> segments = new ArrayList<>();
        for (String segment : directory.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
