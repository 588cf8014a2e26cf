package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.ValueError;

@Tag("task-1")
@DisplayName("property: a data descriptor that runs a getter, setter and deleter")
class PropertySpec {

    /** class User: age = &lt;property&gt;, with __set_name__ called as type.__new__ would. */
    private static PyObject userWith(Property age) {
        PyType user = new PyType("User", List.of(), Map.of("age", age));
        age.setName(user, "age");
        return new PyObject(user);
    }

    /** The getter computes from a stored birth year, as the notes' age property does. */
    private static final Property COMPUTED_AGE = new Property(self -> 2024 - (int) self.dict().get("_born"));

    @Nested
    @DisplayName("a read-only property")
    class ReadOnly {
        @Test
        @DisplayName("computes its value with the getter on every read")
        void getterRunsOnEveryRead() {
            PyObject user = userWith(COMPUTED_AGE);
            user.dict().put("_born", 1999);
            assertThat(COMPUTED_AGE.get(user, user.type())).as("user.age with _born = 1999").isEqualTo(25);
            user.dict().put("_born", 2000);
            assertThat(COMPUTED_AGE.get(user, user.type())).as("user.age after _born changed to 2000").isEqualTo(24);
        }

        @Test
        @DisplayName("refuses assignment: \"property 'age' of 'User' object has no setter\"")
        void refusesSet() {
            Property age = new Property(self -> 1);
            PyObject user = userWith(age);
            assertThatThrownBy(() -> age.set(user, 3), "user.age = 3 on a property without a setter: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("property 'age' of 'User' object has no setter");
        }

        @Test
        @DisplayName("refuses del: \"property 'age' of 'User' object has no deleter\"")
        void refusesDelete() {
            Property age = new Property(self -> 1);
            PyObject user = userWith(age);
            assertThatThrownBy(() -> age.delete(user), "del user.age on a property without a deleter: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("property 'age' of 'User' object has no deleter");
        }

        @Test
        @DisplayName("without a getter, reading raises \"... has no getter\"")
        void noGetter() {
            Property age = new Property(null);
            PyObject user = userWith(age);
            assertThatThrownBy(() -> age.get(user, user.type()), "user.age on property(None): CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("property 'age' of 'User' object has no getter");
        }

        @Test
        @DisplayName("before __set_name__ it has no name, and the message says just 'property'")
        void unnamedMessage() {
            Property loose = new Property(self -> 1);
            PyObject user = new PyObject(new PyType("U", List.of(), Map.of()));
            assertThat(loose.name()).as("a property that no class statement named yet").isNull();
            assertThatThrownBy(() -> loose.set(user, 1), "loose.__set__(user, 1) before any __set_name__: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("property of 'U' object has no setter");
        }

        @Test
        @DisplayName("read on the class (instance None) returns the property itself")
        void classAccessReturnsProperty() {
            Property age = new Property(self -> 1);
            PyObject user = userWith(age);
            assertThat(age.get(null, user.type())).as("User.age").isSameAs(age);
        }
    }

    @Nested
    @DisplayName("a property with setter and deleter")
    class ReadWrite {
        private final List<String> calls = new ArrayList<>();
        private final Property readOnly = new Property(self -> self.dict().get("_age"));
        private final Property age = readOnly
                .setter((self, value) -> {
                    if ((int) value < 0) {
                        throw new ValueError("age must be >= 0");
                    }
                    calls.add("set " + value);
                    self.dict().put("_age", value);
                })
                .deleter(self -> {
                    calls.add("del");
                    self.dict().remove("_age");
                });

        @Test
        @DisplayName("@age.setter returns a new property and leaves the read-only one unchanged")
        void setterReturnsACopy() {
            PyObject user = userWith(age);
            assertThat(age).as("age.setter(f) is a new property object").isNotSameAs(readOnly);
            readOnly.setName(user.type(), "age");
            assertThatThrownBy(() -> readOnly.set(user, 5), "the original read-only property keeps having no setter")
                    .isInstanceOf(AttributeError.class).hasMessage("property 'age' of 'User' object has no setter");
        }

        @Test
        @DisplayName("runs the setter on assignment and the deleter on del")
        void setAndDeleteRunTheFunctions() {
            PyObject user = userWith(age);
            age.set(user, 30);
            assertThat(age.get(user, user.type())).as("user.age = 30; user.age").isEqualTo(30);
            assertThat(user.dict()).as("the setter stored _age, and nothing was stored under 'age'")
                    .containsOnlyKeys("_age");
            age.delete(user);
            assertThat(calls).as("setter then deleter, each once").containsExactly("set 30", "del");
            assertThat(user.dict()).as("the deleter removed _age").isEmpty();
        }

        @Test
        @DisplayName("validation in the setter keeps the old value")
        void setterValidates() {
            PyObject user = userWith(age);
            age.set(user, 7);
            assertThatThrownBy(() -> age.set(user, -1), "user.age = -1, which the setter rejects: ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("age must be >= 0");
            assertThat(age.get(user, user.type())).as("user.age after a rejected assignment").isEqualTo(7);
        }

        @Test
        @DisplayName("setThenGetRoundTrips: for any int n >= 0, user.age = n; user.age == n")
        void setThenGetRoundTrips() {
            qt().forAll(integers().between(0, 1_000_000)).checkAssert(n -> {
                PyObject user = userWith(age);
                age.set(user, n);
                assertThat(age.get(user, user.type())).as("user.age = %s; user.age", n).isEqualTo(n);
            });
        }
    }

    @Test
    @DisplayName("__set_name__: the last class attribute bound to the property names it (x = ...; y = x)")
    void lastSetNameWins() {
        Property shared = new Property(self -> 1);
        PyType owner = new PyType("A", List.of(), Map.of());
        shared.setName(owner, "x");
        shared.setName(owner, "y");
        assertThat(shared.name()).as("class A: x = property(f); y = x").isEqualTo("y");
        assertThatThrownBy(() -> shared.set(new PyObject(owner), 1),
                "A().y = 1 where y = x = property(f): CPython raises AttributeError naming y, the last __set_name__")
                .isInstanceOf(AttributeError.class)
                .hasMessage("property 'y' of 'A' object has no setter");
    }
}
