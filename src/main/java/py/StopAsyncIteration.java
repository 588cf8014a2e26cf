package py;

/** Python's {@code StopAsyncIteration}: raised by {@code __anext__} to end an async iteration. */
public class StopAsyncIteration extends PyException {
    private static final long serialVersionUID = 1L;

    public StopAsyncIteration(String message) {
        super(message);
    }

    public StopAsyncIteration(String message, Throwable cause) {
        super(message, cause);
    }
}
