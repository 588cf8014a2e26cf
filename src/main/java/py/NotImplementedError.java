package py;

/** Python's {@code NotImplementedError}: an abstract method that a subclass must override. */
public class NotImplementedError extends RuntimeError {
    private static final long serialVersionUID = 1L;

    public NotImplementedError(String message) {
        super(message);
    }

    public NotImplementedError(String message, Throwable cause) {
        super(message, cause);
    }
}
