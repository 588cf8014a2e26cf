package orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import orm.Models.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.TypeError;
import py.ValueError;

@Tag("task-1")
@DisplayName("fields are descriptors that validate on assignment and store per instance")
class FieldSpec {
    // The fields are named by hand, as the class-creation step would; a bare Row holds their values.
    private final IntField age = named(new IntField(0, 150), "age");
    private final CharField name = named(new CharField(5), "name");

    private static <F extends Field> F named(F field, String attribute) {
        field.setName("Student", attribute);
        return field;
    }

    @Nested
    @DisplayName("IntField(0, 150)")
    class Ints {
        @Test
        @DisplayName("stores a valid value in the instance's own dict, under the field's name")
        void storesPerInstance() {
            Row first = new Row();
            Row second = new Row();
            age.set(first, 20);
            age.set(second, 30);
            assertThat(first.dict()).as("first.age = 20; second.age = 30; first.__dict__").containsExactly(
                    java.util.Map.entry("age", 20));
            assertThat(age.get(second)).as("second.age").isEqualTo(30);
            assertThat(age.get(first)).as("first.age after second.age = 30: one field object, two instances").isEqualTo(20);
        }

        @Test
        @DisplayName("rejects out-of-range values with a ValueError naming the field and the bounds")
        void rejectsOutOfRange() {
            Row row = new Row();
            assertThatThrownBy(() -> age.set(row, 151), "row.age = 151 where age = IntField(0, 150): ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Student.age must be between 0 and 150, got 151");
            assertThatThrownBy(() -> age.set(row, -1), "row.age = -1 where age = IntField(0, 150): ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Student.age must be between 0 and 150, got -1");
            assertThat(row.dict()).as("nothing is stored for a rejected value").isEmpty();
        }

        @Test
        @DisplayName("accepts both bounds, which are inclusive")
        void boundsAreInclusive() {
            Row row = new Row();
            age.set(row, 0);
            age.set(row, 150);
            assertThat(age.get(row)).as("age = 0 then age = 150").isEqualTo(150);
        }

        @Test
        @DisplayName("a one-sided bound says >= or <=")
        void oneSidedBounds() {
            IntField floor = named(new IntField(1, null), "count");
            IntField ceiling = named(new IntField(null, 9), "digit");
            assertThatThrownBy(() -> floor.set(new Row(), 0), "row.count = 0 where count = IntField(min=1): ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Student.count must be >= 1, got 0");
            assertThatThrownBy(() -> ceiling.set(new Row(), 10), "row.digit = 10 where digit = IntField(max=9): ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Student.digit must be <= 9, got 10");
        }

        @Test
        @DisplayName("rejects a wrong type (a String, a Long, null) with TypeError")
        void rejectsWrongTypes() {
            Row row = new Row();
            assertThatThrownBy(() -> age.set(row, "20"), "row.age = \"20\", a String for an IntField: TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Student.age expects Integer, got String");
            assertThatThrownBy(() -> age.set(row, 20L), "row.age = 20L, a Long for an IntField: TypeError").isInstanceOf(TypeError.class)
                    .hasMessage("Student.age expects Integer, got Long");
            assertThatThrownBy(() -> age.set(row, null), "row.age = None for an IntField: TypeError").isInstanceOf(TypeError.class)
                    .hasMessage("Student.age expects Integer, got None");
        }

        @Test
        @DisplayName("an unset field raises AttributeError \"'Student' object has no attribute 'age'\"")
        void unsetField() {
            assertThatThrownBy(() -> age.get(new Row()), "row.age before any assignment: AttributeError").isInstanceOf(AttributeError.class)
                    .hasMessage("'Student' object has no attribute 'age'");
        }

        @Test
        @DisplayName("min greater than max is refused when the field is declared")
        void invertedBounds() {
            assertThatThrownBy(() -> new IntField(5, 1), "IntField(5, 1), min above max: ValueError").isInstanceOf(ValueError.class)
                    .hasMessage("min 5 is greater than max 1");
            IntField exactlyFive = named(new IntField(5, 5), "five");
            Row row = new Row();
            exactlyFive.set(row, 5);
            assertThat(exactlyFive.get(row)).as("IntField(5, 5) is a legal field, and 5 fits it").isEqualTo(5);
        }
    }

    @Nested
    @DisplayName("CharField(5)")
    class Chars {
        @Test
        @DisplayName("rejects a string longer than max_length")
        void rejectsTooLong() {
            Row row = new Row();
            assertThatThrownBy(() -> name.set(row, "Sancho"), "row.name = 'Sancho' (6 characters) where name = CharField(5): ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("Student.name is at most 5 characters, got 6");
            assertThat(row.dict()).as("nothing stored").isEmpty();
        }

        @Test
        @DisplayName("counts characters like Python's len(): five emoji fit in CharField(5)")
        void countsCodePoints() {
            Row row = new Row();
            String emoji = "😀😀😀😀😀";
            name.set(row, emoji);
            assertThat(name.get(row)).as("len('😀😀😀😀😀') == 5 in Python, though Java's length() is 10").isEqualTo(emoji);
        }

        @Test
        @DisplayName("rejects a non-string with TypeError")
        void rejectsNonString() {
            assertThatThrownBy(() -> name.set(new Row(), 5), "row.name = 5 where name = CharField(5): TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Student.name expects String, got Integer");
        }

        @Test
        @DisplayName("max_length must be positive")
        void positiveLength() {
            assertThatThrownBy(() -> new CharField(0), "CharField(0): ValueError").isInstanceOf(ValueError.class)
                    .hasMessage("max_length must be positive, got 0");
        }
    }

    @Nested
    @DisplayName("db_column and the primary key")
    class Columns {
        @Test
        @DisplayName("the column is the attribute name unless db_column says otherwise")
        void columnDefaultsToName() {
            Field plain = named(new CharField(3), "code");
            Field renamed = named(new CharField(3).dbColumn("country_code"), "code");
            assertThat(plain.column()).as("CharField(3) named code").isEqualTo("code");
            assertThat(renamed.column()).as("CharField(3, db_column='country_code')").isEqualTo("country_code");
        }

        @Test
        @DisplayName("db_column must be a plain identifier, so no SQL can hide in it")
        void columnIsAnIdentifier() {
            assertThatThrownBy(() -> new IntField().dbColumn("x\"; DROP TABLE t; --"),
                    "IntField().dbColumn('x\"; DROP TABLE t; --'): ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("db_column must be a plain SQL identifier, got 'x\"; DROP TABLE t; --'");
        }

        @Test
        @DisplayName("primaryKey() marks the field")
        void primaryKeyFlag() {
            assertThat(new IntField().primaryKey().isPrimaryKey()).as("IntField().primaryKey().isPrimaryKey()").isTrue();
            assertThat(new IntField().isPrimaryKey()).as("a plain IntField is not a primary key").isFalse();
        }

        @Test
        @DisplayName("SQL types: INTEGER, and VARCHAR(2 * max_length) because the database counts UTF-16 units")
        void sqlTypes() {
            assertThat(new IntField().sqlType()).as("IntField().sqlType()").isEqualTo("INTEGER");
            assertThat(new CharField(42).sqlType()).as("CharField(42).sqlType(): 42 code points may need 84 UTF-16 units")
                    .isEqualTo("VARCHAR(84)");
        }
    }

    @Test
    @DisplayName("validValuesAreStoredAndInvalidOnesLeaveTheOldValue: any int is stored iff 0 <= n <= 150")
    void validValuesAreStoredAndInvalidOnesLeaveTheOldValue() {
        qt().forAll(integers().between(-1000, 1000)).checkAssert(n -> {
            Row row = new Row();
            age.set(row, 42);
            boolean valid = n >= 0 && n <= 150;
            try {
                age.set(row, n);
            } catch (ValueError expected) {
                assertThat(valid).as("age = %s was rejected but is in range", n).isFalse();
            }
            assertThat(age.get(row)).as("age = 42; then age = %s", n).isEqualTo(valid ? n : 42);
        });
    }

    @Test
    @DisplayName("stringsUpToMaxLengthAreStored: a string is accepted iff it has at most 5 characters")
    void stringsUpToMaxLengthAreStored() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 9)).checkAssert(text -> {
            Row row = new Row();
            boolean fits = text.codePointCount(0, text.length()) <= 5;
            try {
                name.set(row, text);
                assertThat(fits).as("name = %s was accepted", py.Repr.of(text)).isTrue();
                assertThat(name.get(row)).as("name read back").isEqualTo(text);
            } catch (ValueError rejected) {
                assertThat(fits).as("name = %s was rejected: %s", py.Repr.of(text), rejected.getMessage()).isFalse();
                assertThat(row.dict()).as("a rejected name is not stored").isEmpty();
            }
        });
    }
}
