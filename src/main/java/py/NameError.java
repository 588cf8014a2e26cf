package py;

/** Python's {@code NameError}: a name is not bound in any visible namespace. */
public class NameError extends PyException {
    private static final long serialVersionUID = 1L;

    public NameError(String message) {
        super(message);
    }

    public NameError(String message, Throwable cause) {
        super(message, cause);
    }
}
