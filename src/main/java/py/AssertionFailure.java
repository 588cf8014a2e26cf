package py;

/** Python's {@code AssertionFailure}: Python's AssertionError, renamed so that it does not clash with java.lang.AssertionError. */
public class AssertionFailure extends PyException {
    private static final long serialVersionUID = 1L;

    public AssertionFailure(String message) {
        super(message);
    }

    public AssertionFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String pythonType() {
        return "AssertionError";
    }
}
