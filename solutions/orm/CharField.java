package orm;

import py.ValueError;

/** A {@code VARCHAR(max_length)} column holding Java {@code String}s of at most max_length characters. */
public final class CharField extends Field {
    private final int maxLength;

    /** {@code CharField(max_length=maxLength)}. */
    public CharField(int maxLength) {
        if (maxLength <= 0) {
            throw new ValueError("max_length must be positive, got " + maxLength);
        }
        this.maxLength = maxLength;
    }

    @Override
    public String sqlType() {
        return "VARCHAR(" + maxLength + ")";
    }

    @Override
    Class<?> javaType() {
        return String.class;
    }

    @Override
    void check(Object value) {
        // Count characters as Python's len() does (code points), not UTF-16 units.
        String text = (String) value;
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new ValueError(label() + " is at most " + maxLength + " characters, got " + length);
        }
    }
}
