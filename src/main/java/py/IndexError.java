package py;

/** Python's {@code IndexError}: a sequence subscript is out of range. */
public class IndexError extends LookupError {
    private static final long serialVersionUID = 1L;

    public IndexError(String message) {
        super(message);
    }

    public IndexError(String message, Throwable cause) {
        super(message, cause);
    }
}
