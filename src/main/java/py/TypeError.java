package py;

/** Python's {@code TypeError}: an operation or function applied to an object of the wrong type. */
public class TypeError extends PyException {
    private static final long serialVersionUID = 1L;

    public TypeError(String message) {
        super(message);
    }

    public TypeError(String message, Throwable cause) {
        super(message, cause);
    }
}
