package py;

/** Python's {@code ConnectionRefusedError}: the peer refused the connection (ECONNREFUSED). */
public class ConnectionRefusedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    public ConnectionRefusedError(String message) {
        super(message);
    }

    public ConnectionRefusedError(String message, Throwable cause) {
        super(message, cause);
    }
}
