package sockets;

/** Python's {@code http.client.IncompleteRead}: the connection ended before the body did. */
public class IncompleteRead extends HttpException {
    private static final long serialVersionUID = 1L;

    /** {@code IncompleteRead(5 bytes read, 3 more expected)}, as Python prints it. */
    public IncompleteRead(int bytesRead, int moreExpected) {
        super("IncompleteRead(" + bytesRead + " bytes read, " + moreExpected + " more expected)");
    }

    /** {@code IncompleteRead(5 bytes read)}: a chunked body, where Python does not know how much is missing. */
    public IncompleteRead(int bytesRead) {
        super("IncompleteRead(" + bytesRead + " bytes read)");
    }
}
