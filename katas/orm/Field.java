package orm;

/**
 * A column declared on a model: a data descriptor in the Python sense. {@link #get} and {@link #set}
 * read and write one model instance's {@code dict()}, under the name that {@link #setName} (the
 * {@code __set_name__} analogue) gave the field; {@link #set} validates first.
 */
public abstract class Field {
    /** {@code db_column=...}: store this field in a column with another name. */
    public Field dbColumn(String column) {
        throw new UnsupportedOperationException("TODO(task 1): store this field in a column with another name (a plain identifier only) - see katas/orm/README.md#task-1");
    }

    /** Marks this field as the model's primary key. */
    public Field primaryKey() {
        throw new UnsupportedOperationException("TODO(task 1): mark this field as the primary key - see katas/orm/README.md#task-1");
    }

    /** Whether {@link #primaryKey()} was called. */
    public boolean isPrimaryKey() {
        throw new UnsupportedOperationException("TODO(task 1): tell whether this field is the primary key - see katas/orm/README.md#task-1");
    }

    /** {@code __set_name__(owner, name)}: called once, by the class-creation step, for each field. */
    public void setName(String ownerName, String attribute) {
        throw new UnsupportedOperationException("TODO(task 1): remember the owning model name and the attribute name - see katas/orm/README.md#task-1");
    }

    /** The attribute name, or null before {@link #setName}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 1): return the attribute name - see katas/orm/README.md#task-1");
    }

    /** The column name: {@code db_column} if given, else the attribute name. */
    public String column() {
        throw new UnsupportedOperationException("TODO(task 1): return the column name - see katas/orm/README.md#task-1");
    }

    /** The SQL type used by CREATE TABLE, e.g. {@code INTEGER} or {@code VARCHAR(100)}. */
    public abstract String sqlType();

    /** {@code instance.<name>}: this instance's value; AttributeError if it was never set. */
    public Object get(Model instance) {
        throw new UnsupportedOperationException("TODO(task 1): return this instance s own value - see katas/orm/README.md#task-1");
    }

    /** {@code instance.<name> = value}: validates, then stores in this instance only. */
    public void set(Model instance, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): validate the value, then store it in this instance only - see katas/orm/README.md#task-1");
    }
}
