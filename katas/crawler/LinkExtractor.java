package crawler;

import java.util.List;

/**
 * The links of a page, found the way {@code html.parser.HTMLParser} finds tags, not with a regular
 * expression over the whole page (which would also find links in comments, scripts and
 * {@code data-href} attributes).
 */
public final class LinkExtractor {
    private LinkExtractor() {
    }

    /** The href of every {@code <a>} start tag, in document order, unescaped, exactly as HTMLParser reports it. */
    public static List<String> hrefs(String html) {
        throw new UnsupportedOperationException("TODO(task 3): the href of every <a> tag, as HTMLParser sees them - see katas/crawler/README.md#task-3");
    }

    /**
     * The page's links as the crawler records them: each href joined to {@code pageUrl} and
     * normalized, in document order, each once; hrefs that are not http(s) or do not parse are left out.
     */
    public static List<String> links(String pageUrl, String html) {
        throw new UnsupportedOperationException("TODO(task 3): join and normalize each href, each link once - see katas/crawler/README.md#task-3");
    }
}
