package setup;

/** Python's {@code IsADirectoryError} (errno 21, EISDIR): a directory was used where a file was needed. */
public class IsADirectoryError extends py.OSError {
    private static final long serialVersionUID = 1L;

    public IsADirectoryError(String message) {
        super(message);
    }
}
