package orm;

import py.ValueError;

/**
 * A column holding Java {@code String}s of at most max_length characters, counted as Python counts
 * them (code points). The SQL column is {@code VARCHAR(2 * max_length)}: the database counts UTF-16 units.
 */
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
        // H2 (like Java) measures VARCHAR in UTF-16 units, and one code point may take two of them.
        return "VARCHAR(" + 2 * maxLength + ")";
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
