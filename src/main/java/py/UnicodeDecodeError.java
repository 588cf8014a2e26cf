package py;

/** Python's {@code UnicodeDecodeError}: bytes that are not valid in the given encoding. */
public class UnicodeDecodeError extends ValueError {
    private static final long serialVersionUID = 1L;

    public UnicodeDecodeError(String message) {
        super(message);
    }

    public UnicodeDecodeError(String message, Throwable cause) {
        super(message, cause);
    }
}
