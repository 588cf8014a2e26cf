package py;

/** Python's {@code RecursionError}: the maximum recursion depth was exceeded. */
public class RecursionError extends RuntimeError {
    private static final long serialVersionUID = 1L;

    public RecursionError(String message) {
        super(message);
    }

    public RecursionError(String message, Throwable cause) {
        super(message, cause);
    }
}
