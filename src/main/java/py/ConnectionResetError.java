package py;

/** Python's {@code ConnectionResetError}: the peer reset the connection (ECONNRESET). */
public class ConnectionResetError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    public ConnectionResetError(String message) {
        super(message);
    }

    public ConnectionResetError(String message, Throwable cause) {
        super(message, cause);
    }
}
