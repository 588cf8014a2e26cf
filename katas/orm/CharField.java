package orm;

/**
 * A column holding Java {@code String}s of at most max_length characters, counted as Python counts
 * them (code points). The SQL column is {@code VARCHAR(2 * max_length)}: the database counts UTF-16 units.
 */
public final class CharField extends Field {

    /** {@code CharField(max_length=maxLength)}. */
    public CharField(int maxLength) {
        throw new UnsupportedOperationException("TODO(task 1): a string field of at most maxLength characters - see katas/orm/README.md#task-1");
    }

    @Override
    public String sqlType() {
        throw new UnsupportedOperationException("TODO(task 1): the SQL type of a string column of this length - see katas/orm/README.md#task-1");
    }
}
