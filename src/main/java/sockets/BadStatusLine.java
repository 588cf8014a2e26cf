package sockets;

/** Python's {@code http.client.BadStatusLine}: the first line is not {@code HTTP/x.y NNN reason}. Its message is the line itself. */
public class BadStatusLine extends HttpException {
    private static final long serialVersionUID = 1L;

    public BadStatusLine(String line) {
        super(line);
    }
}
