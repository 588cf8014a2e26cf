package py;

/** Python's {@code AttributeError}: attribute lookup or assignment failed. */
public class AttributeError extends PyException {
    private static final long serialVersionUID = 1L;

    public AttributeError(String message) {
        super(message);
    }

    public AttributeError(String message, Throwable cause) {
        super(message, cause);
    }
}
