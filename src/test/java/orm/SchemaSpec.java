package orm;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import orm.Models.Person;
import orm.Models.Student;
import orm.Models.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// The first H2 connection in a JVM starts the database engine: seconds on a loaded machine.
@Timeout(value = 30, unit = SECONDS)
@Tag("task-3")
@DisplayName("createTable(): the DDL that matches the model, on a real in-memory H2 database")
class SchemaSpec {
    private Connection db;

    @BeforeEach
    @Timeout(value = 30, unit = SECONDS)
    void open() throws SQLException {
        db = Models.freshDatabase();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    /** "name TYPE(size) nullable" for each column of the table, in column order, read back from JDBC metadata. */
    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                String type = rows.getString("TYPE_NAME");
                String size = type.contains("CHAR") ? "(" + rows.getInt("COLUMN_SIZE") + ")" : "";
                boolean nullable = rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
                columns.add(rows.getString("COLUMN_NAME") + " " + type + size + (nullable ? " NULL" : " NOT NULL"));
            }
        }
        return columns;
    }

    private List<String> primaryKey(String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getPrimaryKeys(null, null, table)) {
            while (rows.next()) {
                keys.add(rows.getString("COLUMN_NAME"));
            }
        }
        return keys;
    }

    @Test
    @DisplayName("one NOT NULL column per field, in declaration order, using db_column where given")
    void columnsMatchFields() throws SQLException {
        new Table<>(Student.class, db).createTable();
        assertThat(columns("student")).as("columns of table student").containsExactly(
                "id INTEGER NOT NULL", "name CHARACTER VARYING(80) NOT NULL", "age INTEGER NOT NULL",
                "mail CHARACTER VARYING(120) NOT NULL");
        assertThat(primaryKey("student")).as("primary key of student").containsExactly("id");
    }

    @Test
    @DisplayName("uses @DbTable's name, and keeps lowercase names lowercase (quoted identifiers)")
    void tableNameFromAnnotation() throws SQLException {
        new Table<>(Person.class, db).createTable();
        assertThat(columns("people")).as("columns of table people").containsExactly(
                "pk INTEGER NOT NULL", "zname CHARACTER VARYING(20) NOT NULL", "alias CHARACTER VARYING(20) NOT NULL");
    }

    @Test
    @DisplayName("works for a table named user, a reserved word in SQL")
    void reservedWordTable() throws SQLException {
        new Table<>(User.class, db).createTable();
        assertThat(primaryKey("user")).as("primary key of table user").containsExactly("uid");
        assertThat(new Table<>(User.class, db).count()).as("rows in a new table").isZero();
    }

    @Test
    @DisplayName("creating the same table twice is a DatabaseError")
    void createTwice() {
        Table<Student> students = new Table<>(Student.class, db);
        students.createTable();
        assertThatThrownBy(students::createTable, "students.create_table() a second time: DatabaseError, but not IntegrityError")
                .isInstanceOf(DatabaseError.class).isNotInstanceOf(IntegrityError.class);
    }
}
