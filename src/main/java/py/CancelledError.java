package py;

/** Python's {@code CancelledError}: asyncio's cancellation signal; a BaseException since Python 3.8 so that {@code except Exception} does not swallow it. */
public class CancelledError extends PyBaseException {
    private static final long serialVersionUID = 1L;

    public CancelledError(String message) {
        super(message);
    }

    public CancelledError(String message, Throwable cause) {
        super(message, cause);
    }
}
