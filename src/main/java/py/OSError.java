package py;

/** Python's {@code OSError}: a system-level failure (sockets, files, processes). */
public class OSError extends PyException {
    private static final long serialVersionUID = 1L;

    public OSError(String message) {
        super(message);
    }

    public OSError(String message, Throwable cause) {
        super(message, cause);
    }
}
