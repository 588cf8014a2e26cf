package orm;

import py.ValueError;

/** An {@code INTEGER} column holding Java {@code Integer}s, optionally limited to [min, max]. */
public final class IntField extends Field {
    private final Integer min;
    private final Integer max;

    /** Any int. */
    public IntField() {
        this(null, null);
    }

    /** {@code IntField(min_value=min, max_value=max)}; either bound may be null for "no bound". */
    public IntField(Integer min, Integer max) {
        if (min != null && max != null && min > max) {
            throw new ValueError("min " + min + " is greater than max " + max);
        }
        this.min = min;
        this.max = max;
    }

    @Override
    public String sqlType() {
        return "INTEGER";
    }

    @Override
    Class<?> javaType() {
        return Integer.class;
    }

    @Override
    void check(Object value) {
        int number = (Integer) value;
        if (min != null && max != null && (number < min || number > max)) {
            throw new ValueError(label() + " must be between " + min + " and " + max + ", got " + number);
        }
        if (min != null && number < min) {
            throw new ValueError(label() + " must be >= " + min + ", got " + number);
        }
        if (max != null && number > max) {
            throw new ValueError(label() + " must be <= " + max + ", got " + number);
        }
    }
}
