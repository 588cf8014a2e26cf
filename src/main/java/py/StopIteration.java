package py;

/**
 * Python's {@code StopIteration}: the end of an iterator. A generator's {@code return value}
 * arrives here as {@link #value()}; a bare {@code StopIteration()} has the value {@code null}
 * (Python's None) and an empty message.
 */
public class StopIteration extends PyException {
    private static final long serialVersionUID = 1L;

    private final transient Object value;

    public StopIteration() {
        this(null);
    }

    public StopIteration(Object value) {
        super(value == null ? "" : String.valueOf(value));
        this.value = value;
    }

    /** {@code StopIteration.value}: what the generator returned, or null for a bare stop. */
    public Object value() {
        return value;
    }
}
