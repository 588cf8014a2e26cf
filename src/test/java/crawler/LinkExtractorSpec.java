package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("LinkExtractor: the links of a page, as html.parser.HTMLParser sees them")
@Tag("task-3")
class LinkExtractorSpec {

    @Nested
    @DisplayName("hrefs(html)")
    class Hrefs {
        @Test
        @DisplayName("finds <a href> with any quoting and any case, in document order")
        void quoting() {
            String html = "<a href=\"/one\">1</a> <A HREF='/two'>2</A> <a\nclass=x\thref = /three >3</a>";
            assertThat(LinkExtractor.hrefs(html)).as("hrefs(%s)", html).containsExactly("/one", "/two", "/three");
        }

        @Test
        @DisplayName("unescapes character references in the value, as HTMLParser does")
        void references() {
            String html = "<a href=\"/a?x=1&amp;y=2&#x2F;&#47;\">q</a><a href=\"/p&copy=1\">legacy</a><a href=\"&bogus;\">b</a>";
            assertThat(LinkExtractor.hrefs(html)).as("hrefs(%s): &copy without ';' is still ©, an unknown name stays", html)
                    .containsExactly("/a?x=1&y=2//", "/p\u00a9=1", "&bogus;");
        }

        @Test
        @DisplayName("ignores links in comments, scripts and styles, and href on other tags or as data-href")
        void traps() {
            String html = "<!-- <a href=\"/comment\"> --><script>document.write('<a href=\"/script\">')</script>"
                    + "<style>a[href=\"/style\"]{}</style><link href=/link><div data-href=\"/data\"></div>"
                    + "<a data-href=\"/data2\" href=\"/real\">real</a>";
            assertThat(LinkExtractor.hrefs(html)).as("hrefs(%s): a regular expression would find six more", html).containsExactly("/real");
        }

        @Test
        @DisplayName("a bare href has no value and gives no link; of two hrefs the first counts")
        void bareAndDouble() {
            assertThat(LinkExtractor.hrefs("<a href>x</a><a href=/first href=/second>y</a>"))
                    .as("hrefs('<a href>x</a><a href=/first href=/second>y</a>')").containsExactly("/first");
        }

        @Test
        @DisplayName("skips a marked section to its own end: ]]> for CDATA, ]> for Office's <![if ...]>, not the first >")
        void markedSections() {
            String html = "<![if a > <a href=/hidden> ]><![CDATA[ > <a href=/cdata> ]]><a href=/shown>";
            assertThat(LinkExtractor.hrefs(html)).as("hrefs(%s) (CPython 3.11: ['/shown']): a '>' inside a marked section "
                    + "does not end it, so both links inside stay hidden", html).containsExactly("/shown");
        }

        @Test
        @DisplayName("agrees with CPython 3.11's HTMLParser on 400 generated pages full of traps")
        void golden() {
            GoldenCases.assertAgrees("hrefs.json", golden -> golden.get("html").getAsString(),
                    golden -> LinkExtractor.hrefs(golden.get("html").getAsString()).toString(), golden -> {
                        List<String> python = new ArrayList<>();
                        golden.getAsJsonArray("hrefs").forEach(href -> python.add(href.getAsString()));
                        return python.toString();
                    });
        }

        @Test
        @DisplayName("hrefsRoundTrip: any list of hrefs, written into a page between traps, comes back exactly")
        void hrefsRoundTrip() {
            qt().withExamples(200).forAll(hrefLists(), integers().between(0, 1000)).checkAssert((hrefs, seed) -> {
                String html = page(hrefs, seed);
                assertThat(LinkExtractor.hrefs(html)).as("hrefs of %s", html).isEqualTo(hrefs);
            });
        }
    }

    @Nested
    @DisplayName("links(pageUrl, html)")
    class Links {
        @Test
        @DisplayName("joins each href to the page URL and normalizes it, each link once, in order")
        void joinsAndNormalizes() {
            String html = "<a href=../b/c#x>1</a><a href=\"HTTP://H.example:80/a/b/c\">2</a><a href=/a/./b/../d?q>3</a><a href=#top>4</a>";
            assertThat(LinkExtractor.links("http://h.example/a/z/page", html)).as("links of %s on http://h.example/a/z/page", html)
                    .containsExactly("http://h.example/a/b/c", "http://h.example/a/d?q", "http://h.example/a/z/page");
        }

        @Test
        @DisplayName("leaves out what cannot be fetched: mailto:, javascript:, a bad port, a broken IPv6 literal")
        void leavesOutTheUnfetchable() {
            String html = "<a href=mailto:x@y>m</a><a href=\"javascript:void(0)\">j</a><a href=//h:99999/>p</a>"
                    + "<a href=\"//[::1/\">v</a><a href=ok>ok</a>";
            assertThat(LinkExtractor.links("https://h/dir/", html)).as("links of %s on https://h/dir/", html)
                    .containsExactly("https://h/dir/ok");
        }

        @Test
        @DisplayName("keeps off-site links: recording them is not following them")
        void keepsOffSite() {
            assertThat(LinkExtractor.links("http://h/", "<a href=http://other/x>o</a>")).as("links of an off-site anchor")
                    .containsExactly("http://other/x");
        }
    }

    static Gen<List<String>> hrefLists() {
        List<String> pieces = List.of("/a", "b", "../c", "?x=1&y=2", "#frag", "http://h/p", " ", "\"", "'", "<", ">", "&", "é", "=");
        Gen<String> href = lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 4)
                .map(indexes -> indexes.stream().map(pieces::get).reduce("", String::concat));
        return lists().of(href).ofSizeBetween(0, 6);
    }

    /** The hrefs, HTML-escaped into double-quoted <a> tags, with a trap in front of each. */
    static String page(List<String> hrefs, int seed) {
        List<String> traps = List.of("<!-- <a href=\"/c\"> -->", "<script>'<a href=\"/s\">'</script>", "<link href=/l>",
                "<p data-href=\"/d\">", "<a name=n>", "text &amp; <b>more</b>");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><body>");
        for (int i = 0; i < hrefs.size(); i++) {
            String escaped = hrefs.get(i).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
            html.append(traps.get((seed + i) % traps.size())).append("<a href=\"").append(escaped).append("\">x</a>\n");
        }
        return html.append("</body>").toString();
    }
}
