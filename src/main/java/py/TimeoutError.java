package py;

/** Python's {@code TimeoutError}: an operation timed out (also asyncio's timeout error since 3.11). */
public class TimeoutError extends OSError {
    private static final long serialVersionUID = 1L;

    public TimeoutError(String message) {
        super(message);
    }

    public TimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
