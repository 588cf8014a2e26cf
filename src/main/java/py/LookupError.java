package py;

/** Python's {@code LookupError}: the base of IndexError and KeyError. */
public class LookupError extends PyException {
    private static final long serialVersionUID = 1L;

    public LookupError(String message) {
        super(message);
    }

    public LookupError(String message, Throwable cause) {
        super(message, cause);
    }
}
