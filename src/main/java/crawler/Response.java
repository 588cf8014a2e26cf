package crawler;

/** An HTTP response as the crawler needs it: the status, the Location header (or null) and the body text. */
public record Response(int status, String location, String body) {
}
