package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.ValueError;

@Tag("task-3")
@DisplayName("IntField: the notes' descriptor with its shared-state bug fixed")
class IntFieldSpec {
    private final IntField age = new IntField();
    private final IntField height = new IntField();
    private final PyType user = userClass();

    /** class User: age = IntField(); height = IntField(), naming the fields as type.__new__ does. */
    private PyType userClass() {
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("age", age);
        namespace.put("height", height);
        PyType cls = new PyType("User", List.of(), namespace);
        age.setName(cls, "age");
        height.setName(cls, "height");
        return cls;
    }

    @Test
    @DisplayName("__set_name__ tells each field its own attribute name")
    void setNameNamesTheField() {
        assertThat(List.of(age.name(), height.name())).as("names after class User: age = IntField(); height = IntField()")
                .containsExactly("age", "height");
    }

    @Test
    @DisplayName("two instances keep two ages (the notes' version makes a.age == b.age == 2)")
    void instancesDoNotShareState() {
        PyObject a = new PyObject(user);
        PyObject b = new PyObject(user);
        Attributes.setattr(a, "age", 1);
        Attributes.setattr(b, "age", 2);
        assertThat(Attributes.getattr(a, "age")).as("a.age = 1; b.age = 2; a.age").isEqualTo(1);
        assertThat(a.dict()).as("the value lives in a.__dict__ under the field's name").isEqualTo(Map.of("age", 1));
    }

    @Test
    @DisplayName("two fields on one class do not overwrite each other")
    void fieldsAreIndependent() {
        PyObject a = new PyObject(user);
        Attributes.setattr(a, "age", 30);
        Attributes.setattr(a, "height", 180);
        assertThat(List.of(Attributes.getattr(a, "age"), Attributes.getattr(a, "height")))
                .as("a.age = 30; a.height = 180").containsExactly(30, 180);
    }

    @Test
    @DisplayName("rejects a non-int with ValueError, naming the field and the Python type")
    void rejectsNonInts() {
        PyObject a = new PyObject(user);
        assertThatThrownBy(() -> Attributes.setattr(a, "age", "a"), "a.age = 'a' through the IntField: ValueError")
                .isInstanceOf(ValueError.class)
                .hasMessage("age must be an int, not str");
        assertThatThrownBy(() -> Attributes.setattr(a, "age", 2.5), "a.age = 2.5 through the IntField: ValueError")
                .isInstanceOf(ValueError.class)
                .hasMessage("age must be an int, not float");
        assertThatThrownBy(() -> Attributes.setattr(a, "height", true),
                "a.height = True through the IntField: ValueError, a bool is not accepted as an int")
                .isInstanceOf(ValueError.class)
                .hasMessage("height must be an int, not bool");
        assertThatThrownBy(() -> Attributes.setattr(a, "age", null), "a.age = None through the IntField: ValueError")
                .isInstanceOf(ValueError.class)
                .hasMessage("age must be an int, not NoneType");
        assertThatThrownBy(() -> Attributes.setattr(a, "age", List.of(30)), "a.age = [30] through the IntField: ValueError")
                .isInstanceOf(ValueError.class)
                .hasMessage("age must be an int, not list");
        assertThatThrownBy(() -> Attributes.setattr(a, "age", Map.of("years", 30)),
                "a.age = {'years': 30} through the IntField: ValueError")
                .isInstanceOf(ValueError.class)
                .hasMessage("age must be an int, not dict");
        assertThatThrownBy(() -> Attributes.setattr(a, "age", new PyObject(user)), "age = another User()")
                .isInstanceOf(ValueError.class).hasMessage("age must be an int, not User");
        assertThat(a.dict()).as("rejected values are not stored").isEmpty();
    }

    @Test
    @DisplayName("an unset field raises \"'User' object has no attribute 'age'\"")
    void unsetFieldRaises() {
        assertThatThrownBy(() -> Attributes.getattr(new PyObject(user), "age"), "User().age before any assignment: AttributeError")
                .isInstanceOf(AttributeError.class)
                .hasMessage("'User' object has no attribute 'age'");
    }

    @Test
    @DisplayName("del works (the notes misspell __delete__ as __delite__), and a second del raises AttributeError")
    void deleteWorks() {
        PyObject a = new PyObject(user);
        Attributes.setattr(a, "age", 5);
        Attributes.delattr(a, "age");
        assertThat(a.dict()).as("del a.age removes a's value").isEmpty();
        assertThatThrownBy(() -> Attributes.delattr(a, "age"), "del a.age a second time: AttributeError").isInstanceOf(AttributeError.class)
                .hasMessage("'User' object has no attribute 'age'");
    }

    @Test
    @DisplayName("User.age returns the field itself instead of failing")
    void classAccess() {
        assertThat(Attributes.getattr(user, "age")).as("User.age").isSameAs(age);
    }

    @Test
    @DisplayName("eachInstanceKeepsItsOwnValue: n instances, n assignments, n different reads")
    void eachInstanceKeepsItsOwnValue() {
        qt().forAll(lists().of(integers().all()).ofSizeBetween(1, 12)).checkAssert(values -> {
            List<PyObject> instances = new ArrayList<>();
            for (int value : values) {
                PyObject instance = new PyObject(user);
                Attributes.setattr(instance, "age", value);
                instances.add(instance);
            }
            List<Object> read = new ArrayList<>();
            instances.forEach(instance -> read.add(Attributes.getattr(instance, "age")));
            assertThat(read).as("ages read back after assigning %s to fresh instances in order", values)
                    .isEqualTo(values);
        });
    }
}
