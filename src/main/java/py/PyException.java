package py;

/** Python's {@code PyException}: the base of all ordinary (non-exiting) exceptions; named PyException so it does not clash with java.lang.Exception. */
public class PyException extends PyBaseException {
    private static final long serialVersionUID = 1L;

    public PyException(String message) {
        super(message);
    }

    public PyException(String message, Throwable cause) {
        super(message, cause);
    }
}
