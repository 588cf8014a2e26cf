package setup;

/** Python's {@code NotADirectoryError} (errno 20, ENOTDIR): a file was used where a directory was needed. */
public class NotADirectoryError extends py.OSError {
    private static final long serialVersionUID = 1L;

    public NotADirectoryError(String message) {
        super(message);
    }
}
