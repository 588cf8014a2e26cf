package references;

import py.ValueError;

/**
 * A Python int object. Like CPython, the ints -5..256 are made once and shared, so
 * {@code int("256") is int("256")} but two {@code int("257")} are two objects. That cache is an
 * implementation detail of CPython, not a language rule.
 */
public final class PyInt {
    static final int SMALLEST_CACHED = -5;
    static final int LARGEST_CACHED = 256;
    private static final PyInt[] SMALL = new PyInt[LARGEST_CACHED - SMALLEST_CACHED + 1];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i + SMALLEST_CACHED);
        }
    }

    private final long value;

    private PyInt(long value) {
        this.value = value;
    }

    /** An int object for value: the shared one for -5..256, a fresh one otherwise. */
    public static PyInt of(long value) {
        if (value >= SMALLEST_CACHED && value <= LARGEST_CACHED) {
            return SMALL[(int) value - SMALLEST_CACHED];
        }
        return new PyInt(value);
    }

    /** {@code int(text)}, computed at run time. */
    public static PyInt parse(String text) {
        try {
            return of(Long.parseLong(text.strip().replace("_", "")));
        } catch (NumberFormatException e) {
            throw new ValueError("invalid literal for int() with base 10: " + py.Repr.of(text));
        }
    }

    /** The number. */
    public long value() {
        return value;
    }

    /** {@code ==} compares values, whatever the cache did. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PyInt that && that.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
