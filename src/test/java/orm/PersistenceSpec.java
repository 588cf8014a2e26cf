package orm;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import orm.Models.Student;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.AttributeError;
import py.TypeError;
import py.ValueError;

// The first H2 connection in a JVM starts the database engine: seconds on a loaded machine.
@Timeout(value = 30, unit = SECONDS)
@Tag("task-4")
@DisplayName("save, get, filter, update and delete against a real in-memory H2 database")
class PersistenceSpec {
    private static final String BOBBY_TABLES = "Robert'); DROP TABLE student;--";

    private Connection db;
    private Table<Student> students;

    @BeforeEach
    @Timeout(value = 30, unit = SECONDS)
    void open() throws SQLException {
        db = Models.freshDatabase();
        students = new Table<>(Student.class, db);
        students.createTable();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private static Student student(int id, String name, int age, String email) {
        return ModelClass.of(Student.class).create(Map.of("id", id, "name", name, "age", age, "email", email));
    }

    /** Counts rows with plain JDBC, so the check does not depend on the code under test. */
    private long rowCount() throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"student\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Nested
    @DisplayName("a saved row")
    class Saved {
        @Test
        @DisplayName("comes back from get(id) with every field equal, as a new instance")
        void roundTrips() {
            Student bob = student(1, "Bob", 20, "bob@example.org");
            students.save(bob);
            Student loaded = students.get(1).orElseThrow();
            assertThat(loaded.dict()).as("get(1) after save(Student(1, 'Bob', 20, ...))").isEqualTo(bob.dict());
            assertThat(loaded).as("get returns a fresh object built from the row").isNotSameAs(bob);
        }

        @Test
        @DisplayName("is stored in the db_column")
        void usesDbColumn() throws SQLException {
            students.save(student(1, "Bob", 20, "bob@example.org"));
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT \"mail\" FROM \"student\"")) {
                rows.next();
                assertThat(rows.getString(1)).as("column mail holds Student.email").isEqualTo("bob@example.org");
            }
        }

        @Test
        @DisplayName("get of a missing id is empty")
        void missingId() {
            assertThat(students.get(99)).as("get(99) on an empty table").isEmpty();
        }

        @Test
        @DisplayName("update() writes changed fields back; delete() removes the row")
        void updateAndDelete() throws SQLException {
            Student bob = student(1, "Bob", 20, "bob@example.org");
            students.save(bob);
            ModelClass.of(Student.class).setattr(bob, "age", 21);
            assertThat(students.update(bob)).as("update() of an existing row").isTrue();
            assertThat(students.get(1).orElseThrow().dict()).as("row after update").containsEntry("age", 21);
            assertThat(students.delete(bob)).as("delete() of an existing row").isTrue();
            assertThat(rowCount()).as("rows after delete").isZero();
            assertThat(students.delete(bob)).as("delete() again finds nothing").isFalse();
            assertThat(students.update(bob)).as("update() of a deleted row finds nothing").isFalse();
        }
    }

    @Test
    @DisplayName("update() of a model with nothing but its primary key only says whether the row exists")
    void updateWithOnlyAPrimaryKey() {
        Table<Models.Tag> tags = new Table<>(Models.Tag.class, db);
        tags.createTable();
        Models.Tag seven = ModelClass.of(Models.Tag.class).create(Map.of("label", 7));
        assertThat(tags.update(seven)).as("update(Tag(label=7)) before it is saved: no such row").isFalse();
        tags.save(seven);
        assertThat(tags.update(seven)).as("update(Tag(label=7)) after save: the row exists, and there is nothing else to write")
                .isTrue();
    }

    @Nested
    @DisplayName("filter(field=value, ...)")
    class Filter {
        @BeforeEach
        void rows() {
            students.save(student(3, "Cid", 20, "c@x"));
            students.save(student(1, "Ann", 20, "a@x"));
            students.save(student(2, "Bob", 31, "b@x"));
        }

        @Test
        @DisplayName("returns the matching rows ordered by primary key")
        void matchesAndOrders() {
            assertThat(students.filter(Map.of("age", 20)).stream().map(s -> s.dict().get("name")).toList())
                    .as("filter(age=20)").containsExactly("Ann", "Cid");
        }

        @Test
        @DisplayName("ANDs several conditions, and by attribute name even when the column differs")
        void andsConditions() {
            assertThat(students.filter(Map.of("age", 20, "email", "c@x")).stream().map(s -> s.dict().get("id")).toList())
                    .as("filter(age=20, email='c@x')").containsExactly(3);
        }

        @Test
        @DisplayName("with no conditions returns every row")
        void noConditions() {
            assertThat(students.filter(Map.of())).as("filter()").hasSize(3);
        }

        @Test
        @DisplayName("an unknown field or a wrong-typed value is an error, not an empty result")
        void badConditions() {
            assertThatThrownBy(() -> students.filter(Map.of("nmae", "Ann")),
                    "students.filter(nmae='Ann'), not a field of Student: AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("'Student' object has no attribute 'nmae'");
            assertThatThrownBy(() -> students.filter(Map.of("age", "20")), "students.filter(age='20'), a String for an IntField: TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Student.age expects Integer, got String");
        }

        @Test
        @DisplayName("treats a value as data: a quote in it is matched literally")
        void valueIsData() {
            assertThat(students.filter(Map.of("name", "x' OR '1'='1"))).as("filter(name=\"x' OR '1'='1\")").isEmpty();
        }
    }

    @Nested
    @DisplayName("SQL is always parameterized")
    class Injection {
        @Test
        @DisplayName("saves the name Robert'); DROP TABLE student;-- intact, and the table survives")
        void bobbyTables() throws SQLException {
            students.save(student(1, BOBBY_TABLES, 10, "r@x"));
            students.save(student(2, "Ann", 10, "a@x"));
            assertThat(students.get(1).orElseThrow().dict().get("name")).as("the name read back").isEqualTo(BOBBY_TABLES);
            assertThat(students.filter(Map.of("name", BOBBY_TABLES))).as("filter by that name").hasSize(1);
            assertThat(rowCount()).as("both rows are still there").isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("bad input leaves the table unchanged")
    class BadInput {
        @Test
        @DisplayName("a duplicate primary key is an IntegrityError naming the key, and the first row stays")
        void duplicatePrimaryKey() throws SQLException {
            students.save(student(1, "Bob", 20, "b@x"));
            assertThatThrownBy(() -> students.save(student(1, "Eve", 30, "e@x")),
                    "students.save(Student(id=1, ...)) when a row with id 1 is already saved: IntegrityError")
                    .isInstanceOf(IntegrityError.class)
                    .hasMessage("duplicate primary key 1 in table student");
            assertThat(rowCount()).as("rows after the rejected save").isEqualTo(1);
            assertThat(students.get(1).orElseThrow().dict().get("name")).as("the first row is untouched").isEqualTo("Bob");
        }

        @Test
        @DisplayName("a missing field is a ValueError before any SQL runs: no half row")
        void missingField() throws SQLException {
            Student partial = ModelClass.of(Student.class).create(Map.of("id", 7, "name", "Half"));
            assertThatThrownBy(() -> students.save(partial), "students.save(Student(id=7, name='Half')) without an age: ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("Student.age has no value");
            assertThat(rowCount()).as("rows after saving an incomplete student").isZero();
        }

        @Test
        @DisplayName("save() validates again: a value slipped into dict() past the field is refused, and nothing is written")
        void saveRevalidates() throws SQLException {
            Student sneaky = student(8, "Sneaky", 20, "s@x");
            sneaky.dict().put("age", 999);
            assertThatThrownBy(() -> students.save(sneaky), "students.save(sneaky) where sneaky.__dict__['age'] = 999: ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Student.age must be between 0 and 150, got 999");
            sneaky.dict().put("age", 20);
            sneaky.dict().put("name", 5);
            assertThatThrownBy(() -> students.save(sneaky), "students.save(sneaky) where sneaky.__dict__['name'] = 5: TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Student.name expects String, got Integer");
            assertThat(rowCount()).as("rows after two refused saves").isZero();
        }

        @Test
        @DisplayName("a wrong type for get(id) is a TypeError")
        void wrongIdType() {
            assertThatThrownBy(() -> students.get("1"), "students.get('1'), a String for the IntField primary key: TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Student.id expects Integer, got String");
        }
    }

    @Test
    @DisplayName("saveThenGetRoundTrips: any valid row comes back field for field")
    void saveThenGetRoundTrips() {
        int[] nextId = {0};
        qt().withExamples(60).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40),
                        integers().between(0, 150), strings().ascii().ofLengthBetween(0, 60))
                .checkAssert((name, age, email) -> {
                    int id = ++nextId[0];
                    Student saved = student(id, name, age, email);
                    students.save(saved);
                    assertThat(students.get(id).orElseThrow().dict())
                            .as("get(%s) after save(name=%s, age=%s, email=%s)", id, py.Repr.of(name), age, py.Repr.of(email))
                            .isEqualTo(saved.dict());
                });
    }

    @Test
    @DisplayName("invalidValuesAreRejectedAndCountUnchanged: a bad age or an over-long name never reaches the table")
    void invalidValuesAreRejectedAndCountUnchanged() throws SQLException {
        students.save(student(1, "Bob", 20, "b@x"));
        qt().withExamples(60).forAll(integers().between(-500, 500), strings().basicLatinAlphabet().ofLengthBetween(35, 50))
                .checkAssert((age, name) -> {
                    boolean ageOk = age >= 0 && age <= 150;
                    boolean nameOk = name.length() <= 40;
                    if (ageOk && nameOk) {
                        return;
                    }
                    assertThatThrownBy(() -> students.save(student(2, name, age, "x@x")),
                            "save(Student(2, name of %s chars, age=%s))", name.length(), age)
                            .isInstanceOf(ValueError.class);
                    try {
                        assertThat(rowCount()).as("rows after the rejected student").isEqualTo(1);
                    } catch (SQLException e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
