package py;

/** Python's {@code EOFError}: input ended before it was expected to. */
public class EOFError extends PyException {
    private static final long serialVersionUID = 1L;

    public EOFError(String message) {
        super(message);
    }

    public EOFError(String message, Throwable cause) {
        super(message, cause);
    }
}
