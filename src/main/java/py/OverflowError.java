package py;

/** Python's {@code OverflowError}: a result too large to be represented. */
public class OverflowError extends ArithmeticError {
    private static final long serialVersionUID = 1L;

    public OverflowError(String message) {
        super(message);
    }

    public OverflowError(String message, Throwable cause) {
        super(message, cause);
    }
}
