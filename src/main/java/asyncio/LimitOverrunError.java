package asyncio;

/**
 * Python's {@code asyncio.LimitOverrunError}: the separator was not found within the reader's limit.
 * The data stays in the buffer; {@code consumed} says how many bytes could safely be skipped.
 */
public class LimitOverrunError extends py.PyException {
    private static final long serialVersionUID = 1L;

    private final int consumed;

    public LimitOverrunError(String message, int consumed) {
        super(message);
        this.consumed = consumed;
    }

    /** The number of bytes to consume to get past the overrun. */
    public int consumed() {
        return consumed;
    }
}
