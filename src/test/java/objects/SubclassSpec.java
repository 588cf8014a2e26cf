package objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import support.Golden;

@DisplayName("isinstance and issubclass")
@Tag("task-5")
class SubclassSpec {

    private static PyType newClass(String name, List<PyType> bases) {
        return (PyType) Builtins.type().call(name, bases, Map.of());
    }

    @Nested
    @DisplayName("the bootstrap classes")
    class Bootstrap {
        @Test
        @DisplayName("isinstance(type, object) and isinstance(object, type) are both true")
        void eachIsAnInstanceOfTheOther() {
            assertThat(Builtins.isinstance(Builtins.type(), Builtins.object())).as("isinstance(type, object): everything is an object").isTrue();
            assertThat(Builtins.isinstance(Builtins.object(), Builtins.type())).as("isinstance(object, type): object is a class").isTrue();
        }

        @Test
        @DisplayName("issubclass(type, object) holds, issubclass(object, type) does not")
        void subclassIsOneWay() {
            assertThat(Builtins.issubclass(Builtins.type(), Builtins.object())).as("issubclass(type, object)").isTrue();
            assertThat(Builtins.issubclass(Builtins.object(), Builtins.type())).as("issubclass(object, type)").isFalse();
        }

        @Test
        @DisplayName("True is an int, but 1 is not a bool")
        void boolIsAnInt() {
            assertThat(Builtins.isinstance(Builtins.bool(true), Builtins.intType())).as("isinstance(True, int)").isTrue();
            assertThat(Builtins.isinstance(PyInt.of(1), Builtins.boolType())).as("isinstance(1, bool)").isFalse();
            assertThat(Builtins.issubclass(Builtins.boolType(), Builtins.object())).as("issubclass(bool, object)").isTrue();
        }

        @Test
        @DisplayName("an instance is not a type, a class is")
        void classesAreInstancesOfType() {
            PyType c = newClass("C", List.of());
            assertThat(Builtins.isinstance(c, Builtins.type())).as("isinstance(C, type)").isTrue();
            assertThat(Builtins.isinstance(c.call(), Builtins.type())).as("isinstance(C(), type)").isFalse();
            assertThat(Builtins.isinstance(c, c)).as("isinstance(C, C): C is a class, not a C").isFalse();
        }
    }

    @Nested
    @DisplayName("random single-inheritance chains C0 <- C1 <- ... <- Cn")
    class Chains {
        @Test
        @DisplayName("issubclass(Ci, Cj) and isinstance(Ci(), Cj) hold exactly when i >= j")
        void subclassFollowsTheChain() {
            qt().forAll(integers().between(1, 12), integers().between(0, 11), integers().between(0, 11))
                    .checkAssert((length, iSeed, jSeed) -> {
                        int i = iSeed % length;
                        int j = jSeed % length;
                        List<PyType> chain = new ArrayList<>();
                        for (int k = 0; k < length; k++) {
                            chain.add(newClass("C" + k, k == 0 ? List.of() : List.of(chain.get(k - 1))));
                        }
                        assertThat(Builtins.issubclass(chain.get(i), chain.get(j)))
                                .as("issubclass(C%d, C%d) in a chain of %d", i, j, length).isEqualTo(i >= j);
                        assertThat(Builtins.isinstance(chain.get(i).call(), chain.get(j)))
                                .as("isinstance(C%d(), C%d) in a chain of %d", i, j, length).isEqualTo(i >= j);
                        assertThat(Builtins.issubclass(chain.get(i), Builtins.object()))
                                .as("issubclass(C%d, object)", i).isTrue();
                    });
        }
    }

    @Nested
    @DisplayName("CPython's answers for 300 random hierarchies with multiple inheritance")
    class GoldenHierarchies {
        @Test
        @DisplayName("agree for every class, every instance and every candidate parent")
        void agreeWithCPython() {
            List<String> mismatches = new ArrayList<>();
                    List<JsonObject> cases = Golden.cases("objects", "isinstance.json");
            for (JsonObject hierarchy : cases) {
                Map<String, PyType> universe = new LinkedHashMap<>();
                universe.put("object", Builtins.object());
                universe.put("type", Builtins.type());
                universe.put("int", Builtins.intType());
                universe.put("bool", Builtins.boolType());
                for (JsonElement element : hierarchy.getAsJsonArray("classes")) {
                    JsonObject row = element.getAsJsonObject();
                    List<PyType> bases = new ArrayList<>();
                    row.getAsJsonArray("bases").forEach(base -> bases.add(universe.get(base.getAsString())));
                    String name = row.get("name").getAsString();
                    PyType cls = (PyType) Builtins.type().call(name, bases, Map.of());
                    universe.put(name, cls);
                    compare(mismatches, "issubclass(" + name + ", X)", row, "subclassOf", universe,
                            parent -> Builtins.issubclass(cls, parent));
                    PyObject instance = cls.call();
                    compare(mismatches, "isinstance(" + name + "(), X)", row, "instanceOf", universe,
                            parent -> Builtins.isinstance(instance, parent));
                    compare(mismatches, "isinstance(" + name + ", X)", row, "classIsInstanceOf", universe,
                            parent -> Builtins.isinstance(cls, parent));
                }
            }
            assertThat(mismatches).as("answers that differ from CPython 3.11 (the first 10 shown)")
                    .isEmpty();
        }

        private void compare(List<String> mismatches, String call, JsonObject row, String key, Map<String, PyType> universe,
                             java.util.function.Predicate<PyType> check) {
            List<String> expected = new ArrayList<>();
            row.getAsJsonArray(key).forEach(name -> expected.add(name.getAsString()));
            List<String> actual = new ArrayList<>();
            universe.forEach((name, type) -> {
                if (check.test(type)) {
                    actual.add(name);
                }
            });
            if (!actual.equals(expected) && mismatches.size() < 10) {
                mismatches.add(call + " is true for " + actual + " but CPython says " + expected + " (bases " + row.get("bases") + ")");
            }
        }
    }
}
