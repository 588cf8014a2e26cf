package py;

/**
 * Python's {@code KeyError}. Like CPython, {@code str(KeyError(key))} is the repr of the key, so
 * {@code new KeyError("a").getMessage()} is {@code 'a'} (with the quotes).
 */
public class KeyError extends LookupError {
    private static final long serialVersionUID = 1L;

    private final transient Object key;

    public KeyError(Object key) {
        super(Repr.of(key));
        this.key = key;
    }

    /** The missing key, as it was passed in. */
    public Object key() {
        return key;
    }
}
