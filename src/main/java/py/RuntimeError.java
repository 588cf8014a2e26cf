package py;

/** Python's {@code RuntimeError}: an error that fits no other category. */
public class RuntimeError extends PyException {
    private static final long serialVersionUID = 1L;

    public RuntimeError(String message) {
        super(message);
    }

    public RuntimeError(String message, Throwable cause) {
        super(message, cause);
    }
}
