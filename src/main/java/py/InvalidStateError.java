package py;

/** Python's {@code InvalidStateError}: asyncio: an operation on a Future or Task in the wrong state. */
public class InvalidStateError extends PyException {
    private static final long serialVersionUID = 1L;

    public InvalidStateError(String message) {
        super(message);
    }

    public InvalidStateError(String message, Throwable cause) {
        super(message, cause);
    }
}
