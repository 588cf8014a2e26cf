package orm;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL side of one model over a JDBC connection: CREATE TABLE, INSERT, UPDATE, SELECT and DELETE.
 * Values only ever travel as {@code ?} parameters; identifiers (checked when the model class was
 * built) are double-quoted, so names like {@code user} or {@code order} work too.
 */
public final class Table<M extends Model> {

    /** The table of {@code model} in the database behind {@code connection}. */
    public Table(Class<M> model, Connection connection) {
        throw new UnsupportedOperationException("TODO(task 3): remember the model and the connection - see katas/orm/README.md#task-3");
    }

    /** {@code CREATE TABLE}: one column per field in declaration order, NOT NULL, with the primary key. */
    public void createTable() {
        throw new UnsupportedOperationException("TODO(task 3): create the table for this model - see katas/orm/README.md#task-3");
    }

    /** {@code INSERT}s a new row; every field must have a value. A duplicate primary key is an IntegrityError. */
    public void save(M instance) {
        throw new UnsupportedOperationException("TODO(task 4): insert this instance as a new row - see katas/orm/README.md#task-4");
    }

    /** {@code UPDATE}s the row with this instance's primary key; false if there is no such row. */
    public boolean update(M instance) {
        throw new UnsupportedOperationException("TODO(task 4): write this instance back to its row - see katas/orm/README.md#task-4");
    }

    /** {@code SELECT} by primary key. */
    public Optional<M> get(Object id) {
        throw new UnsupportedOperationException("TODO(task 4): load the row with this primary key - see katas/orm/README.md#task-4");
    }

    /** {@code filter(name=value, ...)}: rows whose fields equal all the given values, ordered by primary key. */
    public List<M> filter(Map<String, ?> conditions) {
        throw new UnsupportedOperationException("TODO(task 4): load the rows matching every condition - see katas/orm/README.md#task-4");
    }

    /** {@code DELETE}s the row with this instance's primary key; false if there was none. */
    public boolean delete(M instance) {
        throw new UnsupportedOperationException("TODO(task 4): delete this instance s row - see katas/orm/README.md#task-4");
    }

    /** {@code SELECT COUNT(*)}. */
    public long count() {
        throw new UnsupportedOperationException("TODO(task 3): count the rows - see katas/orm/README.md#task-3");
    }
}
