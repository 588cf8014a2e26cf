package orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orm.Models.Empty;
import orm.Models.Keyless;
import orm.Models.Person;
import orm.Models.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.TypeError;
import py.ValueError;

@Tag("task-2")
@DisplayName("ModelClass: the metaclass step, computed once per model class")
class ModelClassSpec {
    /*
     * ModelClass.of computes a model's metadata once per JVM, so only the first spec that asks about a
     * model class watches the class-creation step run. The specs below that check that step therefore
     * use model classes of their own, which no other spec touches.
     */

    /** class Course(Model), asked about only by the declaration-order spec. */
    static final class Course extends Model {
        static final Field code = new IntField().primaryKey();
        static final Field title = new CharField(30);
        static final Field credits = new IntField(0, 30);
    }

    /** class Room(Model), asked about only by the table-name spec. */
    static final class Room extends Model {
        static final Field number = new IntField().primaryKey();
    }

    /** class Hall(Model) with Meta.db_table = "halls", asked about only by the table-name spec. */
    @DbTable("halls")
    static final class Hall extends Model {
        static final Field number = new IntField().primaryKey();
    }

    /** A db_table that is not a plain identifier. */
    @DbTable("rooms; DROP TABLE student")
    static final class Injected extends Model {
        static final Field number = new IntField().primaryKey();
    }

    /** A private model class with private fields: still an ordinary class to the class-creation step. */
    private static final class Secret extends Model {
        private static final Field id = new IntField().primaryKey();
        private static final Field note = new CharField(10);
    }

    /** class Counter(Model), asked about only by the computed-once spec. */
    static final class Counter extends Model {
        static final Field id = new IntField().primaryKey();
    }

    @Test
    @DisplayName("collects the fields in declaration order and names each one after its attribute")
    void fieldsInDeclarationOrder() {
        ModelClass<Course> courses = ModelClass.of(Course.class);
        assertThat(courses.fields()).as("Course's fields: code, title, credits as declared")
                .containsExactly(Course.code, Course.title, Course.credits);
        assertThat(courses.fields().stream().map(Field::name).toList()).as("Course's field names, given by __set_name__")
                .containsExactly("code", "title", "credits");
        assertThat(courses.primaryKey()).as("Course's primary key").isSameAs(Course.code);
        ModelClass<Student> students = ModelClass.of(Student.class);
        assertThat(students.fields()).as("Student's fields: id, name, age, email as declared")
                .containsExactly(Student.id, Student.name, Student.age, Student.email);
        assertThat(students.fields().stream().map(Field::name).toList()).as("names given by __set_name__")
                .containsExactly("id", "name", "age", "email");
        assertThat(ModelClass.of(Person.class).fields().stream().map(Field::name).toList())
                .as("Person declares pk, zname, alias: declaration order, not alphabetical")
                .containsExactly("pk", "zname", "alias");
    }

    @Test
    @DisplayName("is computed once: ModelClass.of returns the same object every time")
    void computedOnce() {
        ModelClass<Counter> first = ModelClass.of(Counter.class);
        assertThat(first).as("ModelClass.of(Counter.class)").isNotNull();
        assertThat(first.modelName()).as("the model name of ModelClass.of(Counter.class)").isEqualTo("Counter");
        assertThat(ModelClass.of(Counter.class)).as("ModelClass.of(Counter.class) twice").isSameAs(first);
        assertThat(ModelClass.of(Student.class)).as("ModelClass.of(Student.class) twice").isSameAs(ModelClass.of(Student.class));
    }

    @Test
    @DisplayName("the table name is the lowercase class name, unless @DbTable says otherwise")
    void tableNames() {
        assertThat(ModelClass.of(Room.class).tableName()).as("table of Room").isEqualTo("room");
        assertThat(ModelClass.of(Hall.class).tableName()).as("table of @DbTable(\"halls\") Hall").isEqualTo("halls");
        assertThatThrownBy(() -> ModelClass.of(Injected.class), "@DbTable(\"rooms; DROP TABLE student\")")
                .isInstanceOf(ValueError.class)
                .hasMessage("table name must be a plain SQL identifier, got 'rooms; DROP TABLE student'");
        assertThat(ModelClass.of(Student.class).tableName()).as("table of Student").isEqualTo("student");
        assertThat(ModelClass.of(Person.class).tableName()).as("table of @DbTable(\"people\") Person").isEqualTo("people");
        assertThat(ModelClass.of(Student.class).modelName()).as("model name").isEqualTo("Student");
    }

    @Test
    @DisplayName("finds the primary key")
    void primaryKey() {
        assertThat(ModelClass.of(Student.class).primaryKey()).as("Student's primary key").isSameAs(Student.id);
    }

    @Test
    @DisplayName("a model with no fields is an error")
    void noFields() {
        assertThatThrownBy(() -> ModelClass.of(Empty.class), "ModelClass.of(Empty), a model without fields: TypeError")
                .isInstanceOf(TypeError.class).hasMessage("Empty declares no fields");
    }

    @Test
    @DisplayName("a model without exactly one primary key is an error")
    void needsAPrimaryKey() {
        assertThatThrownBy(() -> ModelClass.of(Keyless.class), "ModelClass.of(Keyless), a model without a primary key: TypeError")
                .isInstanceOf(TypeError.class)
                .hasMessage("Keyless must declare exactly one primary key, found 0");
    }

    @Test
    @DisplayName("create(**kwargs) assigns every keyword through its field")
    void createAssignsThroughFields() {
        Student bob = ModelClass.of(Student.class).create(Map.of("id", 1, "name", "Bob", "age", 20));
        assertThat(bob.dict()).as("Student(id=1, name='Bob', age=20).__dict__").isEqualTo(Map.of("id", 1, "name", "Bob", "age", 20));
        assertThatThrownBy(() -> ModelClass.of(Student.class).create(Map.of("id", 1, "age", 200)),
                "Student(id=1, age=200) must be validated by the age field")
                .isInstanceOf(ValueError.class)
                .hasMessage("Student.age must be between 0 and 150, got 200");
    }

    @Test
    @DisplayName("an unknown keyword is a TypeError, as for any Python __init__")
    void unknownKeyword() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("id", 1);
        kwargs.put("nmae", "Bob");
        assertThatThrownBy(() -> ModelClass.of(Student.class).create(kwargs),
                "Student(id=1, nmae='Bob'): TypeError, as for any unexpected keyword argument")
                .isInstanceOf(TypeError.class)
                .hasMessage("Student.__init__() got an unexpected keyword argument 'nmae'");
    }

    @Test
    @DisplayName("getattr/setattr go through the field; unknown names raise AttributeError")
    void getattrAndSetattr() {
        ModelClass<Student> students = ModelClass.of(Student.class);
        Student ann = students.create(Map.of());
        students.setattr(ann, "name", "Ann");
        assertThat(students.getattr(ann, "name")).as("ann.name = 'Ann'; ann.name").isEqualTo("Ann");
        assertThatThrownBy(() -> students.setattr(ann, "name", 3), "ann.name = 3 where name = CharField(40): TypeError")
                .isInstanceOf(TypeError.class)
                .hasMessage("Student.name expects String, got Integer");
        assertThatThrownBy(() -> students.getattr(ann, "nick"), "ann.nick, not a field of Student: AttributeError")
                .isInstanceOf(AttributeError.class)
                .hasMessage("'Student' object has no attribute 'nick'");
        assertThat(students.field("email").column()).as("Student.email's column (db_column='mail')").isEqualTo("mail");
    }

    @Test
    @DisplayName("a private model class with private fields works like any other")
    void privateModel() {
        ModelClass<Secret> secrets = ModelClass.of(Secret.class);
        assertThat(secrets.fields().stream().map(Field::name).toList()).as("Secret's private fields").containsExactly("id", "note");
        Secret secret = secrets.create(Map.of("id", 1, "note", "hush"));
        assertThat(secrets.getattr(secret, "note")).as("Secret(id=1, note='hush').note").isEqualTo("hush");
    }

    @Test
    @DisplayName("instances never share values")
    void instancesAreIndependent() {
        ModelClass<Student> students = ModelClass.of(Student.class);
        List<Student> two = List.of(students.create(Map.of("age", 1)), students.create(Map.of("age", 2)));
        assertThat(two.stream().map(s -> students.getattr(s, "age")).toList()).as("ages of Student(age=1), Student(age=2)")
                .containsExactly(1, 2);
    }
}
