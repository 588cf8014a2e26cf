package crawler;

/**
 * What {@code urllib.parse.urlsplit} returns: the five parts of a URL, as written (nothing is
 * decoded), plus the {@code hostname} and {@code port} that Python computes from the netloc on demand.
 */
public record SplitResult(String scheme, String netloc, String path, String query, String fragment) {

    /** The host, lower-cased, without brackets or userinfo; null (Python's None) if there is none. */
    public String hostname() {
        throw new UnsupportedOperationException("TODO(task 1): the netloc's host, lower-cased, or null - see katas/crawler/README.md#task-1");
    }

    /** The port as a number; null if the netloc names none (or ends with a bare ':'). */
    public Integer port() {
        throw new UnsupportedOperationException("TODO(task 1): the netloc's port as a number, or null, or Python's ValueError - see katas/crawler/README.md#task-1");
    }
}
