package py;

/** Python's {@code BrokenPipeError}: writing to a pipe or socket whose other end is closed. */
public class BrokenPipeError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    public BrokenPipeError(String message) {
        super(message);
    }

    public BrokenPipeError(String message, Throwable cause) {
        super(message, cause);
    }
}
