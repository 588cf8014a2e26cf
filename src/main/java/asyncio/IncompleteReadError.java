package asyncio;

/**
 * Python's {@code asyncio.IncompleteReadError}: the stream ended before the expected bytes arrived.
 * {@code partial} holds what did arrive; {@code expected} is null when no size was asked for
 * (readuntil), which Python spells {@code None} and prints as "undefined".
 */
public class IncompleteReadError extends py.EOFError {
    private static final long serialVersionUID = 1L;

    private final byte[] partial;
    private final Integer expected;

    public IncompleteReadError(byte[] partial, Integer expected) {
        super(partial.length + " bytes read on a total of " + (expected == null ? "undefined" : expected) + " expected bytes");
        this.partial = partial.clone();
        this.expected = expected;
    }

    /** The bytes read before the end of the stream. */
    public byte[] partial() {
        return partial.clone();
    }

    /** How many bytes were expected, or null if unknown. */
    public Integer expected() {
        return expected;
    }
}
