package orm;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import py.AttributeError;
import py.TypeError;
import py.ValueError;

/**
 * A column declared on a model: a data descriptor in the Python sense. {@link #get} and {@link #set}
 * read and write one model instance's {@code dict()}, under the name that {@link #setName} (the
 * {@code __set_name__} analogue) gave the field; {@link #set} validates first.
 */
public abstract class Field {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // Java reflection does not promise declaration order, so fields number themselves as they are created
    // (Django's creation_counter); static initialisers run top to bottom.
    private static final AtomicLong CREATED = new AtomicLong();

    private final long creationOrder = CREATED.incrementAndGet();
    private String dbColumn;
    private boolean primaryKey;
    private String owner;
    private String name;

    /** {@code db_column=...}: store this field in a column with another name. */
    public Field dbColumn(String column) {
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new ValueError("db_column must be a plain SQL identifier, got " + py.Repr.of(column));
        }
        this.dbColumn = column;
        return this;
    }

    /** Marks this field as the model's primary key. */
    public Field primaryKey() {
        this.primaryKey = true;
        return this;
    }

    /** Whether {@link #primaryKey()} was called. */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** {@code __set_name__(owner, name)}: called once, by the class-creation step, for each field. */
    public void setName(String ownerName, String attribute) {
        this.owner = ownerName;
        this.name = attribute;
    }

    /** The attribute name, or null before {@link #setName}. */
    public String name() {
        return name;
    }

    /** The column name: {@code db_column} if given, else the attribute name. */
    public String column() {
        return dbColumn != null ? dbColumn : name;
    }

    /** The SQL type used by CREATE TABLE, e.g. {@code INTEGER} or {@code VARCHAR(100)}. */
    public abstract String sqlType();

    /** {@code instance.<name>}: this instance's value; AttributeError if it was never set. */
    public Object get(Model instance) {
        if (!instance.dict().containsKey(name)) {
            throw new AttributeError("'" + owner + "' object has no attribute '" + name + "'");
        }
        return instance.dict().get(name);
    }

    /** {@code instance.<name> = value}: validates, then stores in this instance only. */
    public void set(Model instance, Object value) {
        validate(value);
        instance.dict().put(name, value);
    }

    /** TypeError or ValueError unless {@code value} may be stored in this field. */
    final void validate(Object value) {
        checkType(value);
        check(value);
    }

    /** TypeError unless {@code value} is a non-null instance of {@link #javaType()}. */
    final void checkType(Object value) {
        if (!javaType().isInstance(value)) {
            String actual = value == null ? "None" : value.getClass().getSimpleName();
            throw new TypeError(label() + " expects " + javaType().getSimpleName() + ", got " + actual);
        }
    }

    /** The Java class every value of this field must have. */
    abstract Class<?> javaType();

    /** Throws ValueError when a value of the right type is still not allowed. */
    abstract void check(Object value);

    /** "Student.age", for messages. */
    final String label() {
        return owner + "." + name;
    }

    long creationOrder() {
        return creationOrder;
    }
}
