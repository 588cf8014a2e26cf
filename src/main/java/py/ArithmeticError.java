package py;

/** Python's {@code ArithmeticError}: the base of the arithmetic errors. */
public class ArithmeticError extends PyException {
    private static final long serialVersionUID = 1L;

    public ArithmeticError(String message) {
        super(message);
    }

    public ArithmeticError(String message, Throwable cause) {
        super(message, cause);
    }
}
