package py;

/** Python's {@code BlockingIOError}: a non-blocking operation would block (EAGAIN / EINPROGRESS). */
public class BlockingIOError extends OSError {
    private static final long serialVersionUID = 1L;

    public BlockingIOError(String message) {
        super(message);
    }

    public BlockingIOError(String message, Throwable cause) {
        super(message, cause);
    }
}
