package crawler;

/**
 * {@code urllib.parse.urlsplit}, {@code urljoin} and {@code urldefrag}, character for character,
 * plus the crawler's own {@link #normalize} policy built on them.
 */
public final class Urls {
    private Urls() {
    }

    /** {@code urlsplit(url)}: scheme, netloc, path, query, fragment; ValueError for a broken netloc. */
    public static SplitResult split(String url) {
        throw new UnsupportedOperationException("TODO(task 1): cut a URL into its five parts, like urlsplit - see katas/crawler/README.md#task-1");
    }

    /** {@code urljoin(base, href)}: the URL that {@code href}, found on page {@code base}, points to. */
    public static String join(String base, String href) {
        throw new UnsupportedOperationException("TODO(task 1): resolve href against base, like urljoin - see katas/crawler/README.md#task-1");
    }

    /** {@code urldefrag(url).url}: the URL without its fragment (re-assembled, so an empty '?' goes too). */
    public static String defrag(String url) {
        throw new UnsupportedOperationException("TODO(task 1): drop the fragment, like urldefrag - see katas/crawler/README.md#task-1");
    }

    /**
     * The crawler's identity for a page: two URLs that name the same resource come out equal. Lower-case
     * scheme and host, no default port, no fragment, no dot segments, '/' for an empty path. A trailing
     * slash stays ({@code /a} and {@code /a/} are different resources), so do the query and percent-escapes.
     */
    public static String normalize(String url) {
        throw new UnsupportedOperationException("TODO(task 2): one spelling per page, by the lesson's policy - see katas/crawler/README.md#task-2");
    }
}
