package orm;

/** An {@code INTEGER} column holding Java {@code Integer}s, optionally limited to [min, max]. */
public final class IntField extends Field {

    /** Any int. */
    public IntField() {
        throw new UnsupportedOperationException("TODO(task 1): an int field with optional inclusive bounds - see katas/orm/README.md#task-1");
    }

    /** {@code IntField(min_value=min, max_value=max)}; either bound may be null for "no bound". */
    public IntField(Integer min, Integer max) {
        throw new UnsupportedOperationException("TODO(task 1): an int field with optional inclusive bounds - see katas/orm/README.md#task-1");
    }

    @Override
    public String sqlType() {
        throw new UnsupportedOperationException("TODO(task 1): the SQL type of an int column - see katas/orm/README.md#task-1");
    }
}
