package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import py.ValueError;

@DisplayName("Urls: urllib.parse's split, join and defrag, and the crawler's normalize")
class UrlsSpec {

    @Nested
    @Tag("task-1")
    @DisplayName("split, like urllib.parse.urlsplit")
    class Split {
        @Test
        @DisplayName("cuts a URL into scheme, netloc, path, query and fragment, lower-casing only the scheme")
        void parts() {
            assertThat(Urls.split("HTTP://User@Example.COM:8080/a/b;p?q=1#frag"))
                    .as("urlsplit('HTTP://User@Example.COM:8080/a/b;p?q=1#frag')")
                    .isEqualTo(new SplitResult("http", "User@Example.COM:8080", "/a/b;p", "q=1", "frag"));
        }

        @Test
        @DisplayName("hostname is lower-cased and loses userinfo, port and brackets; port is an int")
        void hostnameAndPort() {
            SplitResult parts = Urls.split("http://u:pw@[2001:DB8::7]:0080/");
            assertThat(parts.hostname()).as("urlsplit('http://u:pw@[2001:DB8::7]:0080/').hostname").isEqualTo("2001:db8::7");
            assertThat(parts.port()).as(".port of the same URL").isEqualTo(80);
            assertThat(Urls.split("/relative/path").hostname()).as("urlsplit('/relative/path').hostname is None").isNull();
            assertThat(Urls.split("http://h:/").port()).as("urlsplit('http://h:/').port is None: an empty port").isNull();
        }

        @Test
        @DisplayName("an unbalanced bracket is ValueError: Invalid IPv6 URL, raised by urlsplit itself")
        void invalidIpv6() {
            assertThatExceptionOfType(ValueError.class).as("urlsplit('http://[::1/x'): CPython raises ValueError")
                    .isThrownBy(() -> Urls.split("http://[::1/x")).withMessage("Invalid IPv6 URL");
        }

        @Test
        @DisplayName("a port that is not a number, or out of range, fails only when .port is read")
        void badPorts() {
            SplitResult word = Urls.split("http://h:abc/");
            assertThat(word.netloc()).as("urlsplit('http://h:abc/') itself succeeds").isEqualTo("h:abc");
            assertThatThrownBy(word::port, "urlsplit('http://h:abc/').port: CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("Port could not be cast to integer value as 'abc'");
            assertThatThrownBy(() -> Urls.split("http://h:65536/").port(), "urlsplit('http://h:65536/').port: CPython raises ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Port out of range 0-65535");
        }

        @Test
        @DisplayName("agrees with CPython 3.11 on hundreds of generated URLs, hostname and port included")
        void golden() {
            GoldenCases.assertAgrees("urlsplit.json", c -> c.get("url").getAsString(), UrlsSpec::describeSplit, UrlsSpec::expectedSplit);
        }
    }

    @Nested
    @Tag("task-1")
    @DisplayName("join, like urllib.parse.urljoin")
    class Join {
        @Test
        @DisplayName("resolves '..' against the base's directory, and never climbs above the root")
        void dotDot() {
            assertThat(Urls.join("http://a/b/c/d;p?q", "../../g")).as("urljoin('http://a/b/c/d;p?q', '../../g')").isEqualTo("http://a/g");
            assertThat(Urls.join("http://a/b/c/d;p?q", "../../../../g")).as("urljoin(..., '../../../../g')").isEqualTo("http://a/g");
        }

        @Test
        @DisplayName("an empty href is the base itself, fragment and all; a lone '?' keeps the base's query")
        void emptyHref() {
            assertThat(Urls.join("http://a/b?q#f", "")).as("urljoin('http://a/b?q#f', '')").isEqualTo("http://a/b?q#f");
            assertThat(Urls.join("http://a/b?q#f", "#g")).as("urljoin('http://a/b?q#f', '#g')").isEqualTo("http://a/b?q#g");
        }

        @Test
        @DisplayName("a scheme-relative href takes only the base's scheme; another scheme is returned untouched")
        void otherNetlocs() {
            assertThat(Urls.join("https://a/b", "//Other:80/c")).as("urljoin('https://a/b', '//Other:80/c')").isEqualTo("https://Other:80/c");
            assertThat(Urls.join("http://a/b", "mailto:x@y")).as("urljoin('http://a/b', 'mailto:x@y')").isEqualTo("mailto:x@y");
        }

        @Test
        @DisplayName("drops empty segments in the middle of a relative path, as urljoin does (RFC 3986 would keep them)")
        void emptySegments() {
            assertThat(Urls.join("http://a/b//c/d", "e")).as("urljoin('http://a/b//c/d', 'e')").isEqualTo("http://a/b/c/e");
        }

        @Test
        @DisplayName("agrees with CPython 3.11 on hundreds of generated (base, href) pairs")
        void golden() {
            GoldenCases.assertAgrees("urljoin.json", c -> c.get("base").getAsString() + " + " + c.get("href").getAsString(),
                    c -> Urls.join(c.get("base").getAsString(), c.get("href").getAsString()), UrlsSpec::expectedResult);
        }
    }

    @Nested
    @Tag("task-1")
    @DisplayName("defrag, like urllib.parse.urldefrag(url).url")
    class Defrag {
        @Test
        @DisplayName("drops the fragment; re-assembling the URL drops an empty '?' too")
        void dropsFragment() {
            assertThat(Urls.defrag("http://a/b?#frag")).as("urldefrag('http://a/b?#frag').url").isEqualTo("http://a/b");
            assertThat(Urls.defrag("http://a/b?")).as("urldefrag('http://a/b?').url: no '#', returned as is").isEqualTo("http://a/b?");
        }

        @Test
        @DisplayName("agrees with CPython 3.11 on hundreds of generated URLs")
        void golden() {
            GoldenCases.assertAgrees("urldefrag.json", c -> c.get("url").getAsString(), c -> Urls.defrag(c.get("url").getAsString()),
                    UrlsSpec::expectedResult);
        }
    }

    @Nested
    @Tag("task-2")
    @DisplayName("normalize, the crawler's identity for a page")
    class Normalize {
        @Test
        @DisplayName("lower-cases scheme and host, drops the default port and the fragment, resolves dot segments")
        void policy() {
            assertThat(Urls.normalize("HTTP://User@Example.COM:80/a/./b/../c?Q=1#frag"))
                    .as("normalize('HTTP://User@Example.COM:80/a/./b/../c?Q=1#frag')").isEqualTo("http://User@example.com/a/c?Q=1");
            assertThat(Urls.normalize("https://h:443")).as("normalize('https://h:443'): empty path becomes '/'").isEqualTo("https://h/");
            assertThat(Urls.normalize("https://h:80/")).as("normalize('https://h:80/'): 80 is not https's default").isEqualTo("https://h:80/");
        }

        @Test
        @DisplayName("keeps a trailing slash: /a and /a/ are different resources")
        void trailingSlash() {
            assertThat(List.of(Urls.normalize("http://h/a"), Urls.normalize("http://h/a/"))).as("normalize of /a and /a/")
                    .containsExactly("http://h/a", "http://h/a/");
        }

        @Test
        @DisplayName("refuses what a crawler cannot fetch: another scheme, no host, a bad port")
        void refuses() {
            assertThatThrownBy(() -> Urls.normalize("mailto:x@y"), "normalize('mailto:x@y'): ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("unsupported URL scheme 'mailto'");
            assertThatThrownBy(() -> Urls.normalize("/relative"), "normalize('/relative'): ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("unsupported URL scheme ''");
            assertThatThrownBy(() -> Urls.normalize("http:///x"), "normalize('http:///x'): ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("URL has no host");
            assertThatThrownBy(() -> Urls.normalize("http://h:99999/"), "normalize('http://h:99999/'): ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("Port out of range 0-65535");
        }

        @Test
        @DisplayName("agrees with the policy computed from CPython's own urlsplit on hundreds of URLs")
        void golden() {
            GoldenCases.assertAgrees("normalize.json", c -> c.get("url").getAsString(), c -> Urls.normalize(c.get("url").getAsString()),
                    UrlsSpec::expectedResult);
        }

        @Test
        @DisplayName("normalizeIsIdempotent and joinThenNormalizeHasNoFragmentOrDotSegment, on random hrefs")
        void laws() {
            qt().withExamples(300).forAll(hrefs()).checkAssert(href -> {
                String joined = Urls.join("http://Example.com:80/a/b/c?q", href);
                String once;
                try {
                    once = Urls.normalize(joined);
                } catch (ValueError refused) {
                    return; // a bad port in the href: nothing to check
                }
                assertThat(Urls.normalize(once)).as("normalize(normalize(url)) for href %s", href).isEqualTo(once);
                assertThat(once).as("normalize(join(base, %s))", href).doesNotContain("#").startsWith("http://");
                assertThat(Urls.split(once).path() + "/").as("path of normalize(join(base, %s)) = %s", href, once)
                        .doesNotContain("/./").doesNotContain("/../").startsWith("/");
            });
        }
    }

    /** Random relative references built from the pieces that make urljoin interesting. */
    static Gen<String> hrefs() {
        List<String> pieces = List.of("a", "b", ".", "..", "", "c;p", "%2E", "?x=1", "#f", "//h.example", "HTTP:", "/");
        return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 7).map(indexes -> {
            StringBuilder href = new StringBuilder();
            for (int i = 0; i < indexes.size(); i++) {
                String piece = pieces.get(indexes.get(i));
                href.append(i == 0 || piece.startsWith("?") || piece.startsWith("#") || piece.startsWith("/") ? "" : "/").append(piece);
            }
            return href.toString();
        });
    }

    private static String describeSplit(JsonObject golden) {
        SplitResult parts = Urls.split(golden.get("url").getAsString());
        String port;
        try {
            port = String.valueOf(parts.port());
        } catch (ValueError e) {
            port = "ValueError: " + e.getMessage();
        }
        return List.of(parts.scheme(), parts.netloc(), parts.path(), parts.query(), parts.fragment())
                + " hostname=" + parts.hostname() + " port=" + port;
    }

    private static String expectedSplit(JsonObject golden) {
        if (golden.has("error")) {
            return golden.get("error").getAsString() + ": " + golden.get("message").getAsString();
        }
        List<String> parts = new ArrayList<>();
        golden.getAsJsonArray("split").forEach(part -> parts.add(part.getAsString()));
        JsonElement hostname = golden.get("hostname");
        String port = golden.has("portError") ? "ValueError: " + golden.get("portError").getAsString()
                : golden.get("port").isJsonNull() ? "null" : golden.get("port").getAsString();
        return parts + " hostname=" + (hostname.isJsonNull() ? null : hostname.getAsString()) + " port=" + port;
    }

    private static String expectedResult(JsonObject golden) {
        return golden.has("error") ? golden.get("error").getAsString() + ": " + golden.get("message").getAsString()
                : golden.get("result").getAsString();
    }
}
