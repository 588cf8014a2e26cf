package selectors;

/** What a fetch calls back with: the status code and the body bytes. */
public record Response(int status, byte[] body) {
}
