package py;

/** Python's {@code ConnectionError}: the base of the connection errors. */
public class ConnectionError extends OSError {
    private static final long serialVersionUID = 1L;

    public ConnectionError(String message) {
        super(message);
    }

    public ConnectionError(String message, Throwable cause) {
        super(message, cause);
    }
}
