package py;

/** Python's {@code ValueError}: the right type but an inappropriate value. */
public class ValueError extends PyException {
    private static final long serialVersionUID = 1L;

    public ValueError(String message) {
        super(message);
    }

    public ValueError(String message, Throwable cause) {
        super(message, cause);
    }
}
