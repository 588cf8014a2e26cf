package py;

/** Python's {@code ZeroDivisionError}: division or modulo by zero. */
public class ZeroDivisionError extends ArithmeticError {
    private static final long serialVersionUID = 1L;

    public ZeroDivisionError(String message) {
        super(message);
    }

    public ZeroDivisionError(String message, Throwable cause) {
        super(message, cause);
    }
}
