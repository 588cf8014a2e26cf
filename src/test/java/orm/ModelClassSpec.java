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

    @Test
    @DisplayName("collects the fields in declaration order and names each one after its attribute")
    void fieldsInDeclarationOrder() {
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
        assertThat(ModelClass.of(Student.class)).as("ModelClass.of(Student.class) twice").isSameAs(ModelClass.of(Student.class));
    }

    @Test
    @DisplayName("the table name is the lowercase class name, unless @DbTable says otherwise")
    void tableNames() {
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
        assertThatThrownBy(() -> ModelClass.of(Empty.class)).isInstanceOf(TypeError.class).hasMessage("Empty declares no fields");
    }

    @Test
    @DisplayName("a model without exactly one primary key is an error")
    void needsAPrimaryKey() {
        assertThatThrownBy(() -> ModelClass.of(Keyless.class)).isInstanceOf(TypeError.class)
                .hasMessage("Keyless must declare exactly one primary key, found 0");
    }

    @Test
    @DisplayName("create(**kwargs) assigns every keyword through its field")
    void createAssignsThroughFields() {
        Student bob = ModelClass.of(Student.class).create(Map.of("id", 1, "name", "Bob", "age", 20));
        assertThat(bob.dict()).as("Student(id=1, name='Bob', age=20).__dict__").isEqualTo(Map.of("id", 1, "name", "Bob", "age", 20));
        assertThatThrownBy(() -> ModelClass.of(Student.class).create(Map.of("id", 1, "age", 200)))
                .as("Student(id=1, age=200) must be validated by the age field").isInstanceOf(ValueError.class)
                .hasMessage("Student.age must be between 0 and 150, got 200");
    }

    @Test
    @DisplayName("an unknown keyword is a TypeError, as for any Python __init__")
    void unknownKeyword() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("id", 1);
        kwargs.put("nmae", "Bob");
        assertThatThrownBy(() -> ModelClass.of(Student.class).create(kwargs)).isInstanceOf(TypeError.class)
                .hasMessage("Student.__init__() got an unexpected keyword argument 'nmae'");
    }

    @Test
    @DisplayName("getattr/setattr go through the field; unknown names raise AttributeError")
    void getattrAndSetattr() {
        ModelClass<Student> students = ModelClass.of(Student.class);
        Student ann = students.create(Map.of());
        students.setattr(ann, "name", "Ann");
        assertThat(students.getattr(ann, "name")).as("ann.name = 'Ann'; ann.name").isEqualTo("Ann");
        assertThatThrownBy(() -> students.setattr(ann, "name", 3)).isInstanceOf(TypeError.class)
                .hasMessage("Student.name expects String, got Integer");
        assertThatThrownBy(() -> students.getattr(ann, "nick")).isInstanceOf(AttributeError.class)
                .hasMessage("'Student' object has no attribute 'nick'");
        assertThat(students.field("email").column()).as("Student.email's column (db_column='mail')").isEqualTo("mail");
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
