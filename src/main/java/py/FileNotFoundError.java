package py;

/** Python's {@code FileNotFoundError}: a file or directory does not exist. */
public class FileNotFoundError extends OSError {
    private static final long serialVersionUID = 1L;

    public FileNotFoundError(String message) {
        super(message);
    }

    public FileNotFoundError(String message, Throwable cause) {
        super(message, cause);
    }
}
