package selectors;

import py.PyException;

/** Python's {@code http.client.IncompleteRead}: the connection ended before the response did. */
public class IncompleteRead extends PyException {
    private static final long serialVersionUID = 1L;

    /** {@code IncompleteRead(5 bytes read, 3 more expected)}, as Python prints it. */
    public IncompleteRead(int bytesRead, int moreExpected) {
        super("IncompleteRead(" + bytesRead + " bytes read, " + moreExpected + " more expected)");
    }

    /** {@code IncompleteRead(5 bytes read)}: cut before the end of the head, so nobody knows how much is missing. */
    public IncompleteRead(int bytesRead) {
        super("IncompleteRead(" + bytesRead + " bytes read)");
    }
}
