package py;

/**
 * The root of the given Python exception hierarchy ({@code BaseException} in Python).
 *
 * <p>The Java class name is the Python type name, so {@link #toString()} prints what a Python
 * traceback would: {@code TypeError: unhashable type: 'list'}. Katas and specs compare messages
 * with {@link #getMessage()}, which is exactly {@code str(exc)} in Python.
 */
public class PyBaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PyBaseException(String message) {
        super(message);
    }

    public PyBaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The Python name of this exception type, e.g. {@code "KeyError"}. */
    public String pythonType() {
        String name = getClass().getSimpleName();
        return name.equals("PyBaseException") ? "BaseException" : name.equals("PyException") ? "Exception" : name;
    }

    @Override
    public String toString() {
        String message = getMessage();
        return message == null || message.isEmpty() ? pythonType() : pythonType() + ": " + message;
    }
}
