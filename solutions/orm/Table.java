package orm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import py.Repr;
import py.ValueError;

/**
 * The SQL side of one model over a JDBC connection: CREATE TABLE, INSERT, UPDATE, SELECT and DELETE.
 * Values only ever travel as {@code ?} parameters; identifiers (checked when the model class was
 * built) are double-quoted, so names like {@code user} or {@code order} work too.
 */
public final class Table<M extends Model> {
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";
    private static final String UNIQUE_VIOLATION = "23505";

    private final ModelClass<M> model;
    private final Connection connection;

    /** The table of {@code model} in the database behind {@code connection}. */
    public Table(Class<M> model, Connection connection) {
        this.model = ModelClass.of(model);
        this.connection = connection;
    }

    /** {@code CREATE TABLE}: one column per field in declaration order, NOT NULL, with the primary key. */
    public void createTable() {
        String columns = model.fields().stream()
                .map(field -> quote(field.column()) + " " + field.sqlType() + " NOT NULL"
                        + (field.isPrimaryKey() ? " PRIMARY KEY" : ""))
                .collect(Collectors.joining(", "));
        execute("CREATE TABLE " + quote(model.tableName()) + " (" + columns + ")", List.of());
    }

    /** {@code INSERT}s a new row; every field must have a value. A duplicate primary key is an IntegrityError. */
    public void save(M instance) {
        List<Object> values = valuesOf(instance);
        String columns = model.fields().stream().map(field -> quote(field.column())).collect(Collectors.joining(", "));
        String marks = model.fields().stream().map(field -> "?").collect(Collectors.joining(", "));
        try {
            execute("INSERT INTO " + quote(model.tableName()) + " (" + columns + ") VALUES (" + marks + ")", values);
        } catch (IntegrityError e) {
            if (e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                throw new IntegrityError("duplicate primary key " + Repr.of(model.primaryKey().get(instance))
                        + " in table " + model.tableName(), cause);
            }
            throw e;
        }
    }

    /** {@code UPDATE}s the row with this instance's primary key; false if there is no such row. */
    public boolean update(M instance) {
        valuesOf(instance); // the same all-or-nothing check as save
        List<Field> others = model.fields().stream().filter(field -> !field.isPrimaryKey()).toList();
        if (others.isEmpty()) {
            return get(model.primaryKey().get(instance)).isPresent();
        }
        List<Object> values = new ArrayList<>();
        others.forEach(field -> values.add(field.get(instance)));
        values.add(model.primaryKey().get(instance));
        String assignments = others.stream().map(field -> quote(field.column()) + " = ?").collect(Collectors.joining(", "));
        return execute("UPDATE " + quote(model.tableName()) + " SET " + assignments + " WHERE " + primaryKeyColumn() + " = ?",
                values) == 1;
    }

    /** {@code SELECT} by primary key. */
    public Optional<M> get(Object id) {
        model.primaryKey().checkType(id);
        List<M> found = select(" WHERE " + primaryKeyColumn() + " = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** {@code filter(name=value, ...)}: rows whose fields equal all the given values, ordered by primary key. */
    public List<M> filter(Map<String, ?> conditions) {
        List<String> tests = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        conditions.forEach((attribute, value) -> {
            Field field = model.field(attribute);
            field.checkType(value); // a str compared with an INTEGER column is a bug, not "no rows"
            tests.add(quote(field.column()) + " = ?");
            values.add(value);
        });
        return select(tests.isEmpty() ? "" : " WHERE " + String.join(" AND ", tests), values);
    }

    /** {@code DELETE}s the row with this instance's primary key; false if there was none. */
    public boolean delete(M instance) {
        return execute("DELETE FROM " + quote(model.tableName()) + " WHERE " + primaryKeyColumn() + " = ?",
                List.of(model.primaryKey().get(instance))) == 1;
    }

    /** {@code SELECT COUNT(*)}. */
    public long count() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + quote(model.tableName()));
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private List<Object> valuesOf(M instance) {
        List<Object> values = new ArrayList<>();
        for (Field field : model.fields()) {
            // Check every value before any SQL runs, so a bad instance never leaves half a row behind.
            if (!instance.dict().containsKey(field.name())) {
                throw new ValueError(model.modelName() + "." + field.name() + " has no value");
            }
            Object value = field.get(instance);
            field.validate(value); // dict() is public, so a value may have skipped the field's check
            values.add(value);
        }
        return values;
    }

    private List<M> select(String where, List<Object> parameters) {
        String columns = model.fields().stream().map(field -> quote(field.column())).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + " FROM " + quote(model.tableName()) + where + " ORDER BY " + primaryKeyColumn();
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<M> found = new ArrayList<>();
            while (rows.next()) {
                M instance = model.create(Map.of());
                for (int i = 0; i < model.fields().size(); i++) {
                    Field field = model.fields().get(i);
                    field.set(instance, field.javaType().cast(rows.getObject(i + 1, field.javaType())));
                }
                found.add(instance);
            }
            return found;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private int execute(String sql, List<Object> parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private String primaryKeyColumn() {
        return quote(model.primaryKey().column());
    }

    private DatabaseError translate(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
            return new IntegrityError(model.tableName() + ": " + e.getMessage(), e);
        }
        return new DatabaseError(model.tableName() + ": " + e.getMessage(), e);
    }

    /** Identifiers were validated as [A-Za-z_][A-Za-z0-9_]*; quoting keeps reserved words and case intact. */
    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
