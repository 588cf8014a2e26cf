package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;
import support.Golden;
import support.Mismatches;

/**
 * PyType is given code, the same file in katas/ and solutions/: these specs keep it honest, so they pass
 * on the untouched kata too. Every other spec of the kata trusts the MROs and lookups checked here.
 */
@Tag("given")
@DisplayName("PyType (given code): the classes of the model, their C3 MRO and CPython's errors")
class PyTypeSpec {
    private static final String INCONSISTENT = "Cannot create a consistent method resolution\norder (MRO) for bases ";

    private static PyType cls(String name, PyType... bases) {
        return new PyType(name, List.of(bases), Map.of());
    }

    private static List<String> names(List<PyType> classes) {
        return classes.stream().map(PyType::name).toList();
    }

    @Nested
    @DisplayName("the MRO")
    class Mro {
        @Test
        @DisplayName("of a diamond puts the sibling before the shared base")
        void diamond() {
            PyType a = cls("A");
            PyType d = cls("D", cls("B", a), cls("C", a));
            assertThat(names(d.mro())).as("D.__mro__ where class B(A), class C(A), class D(B, C)")
                    .containsExactly("D", "B", "C", "A", "object");
            assertThat(names(d.bases())).as("D.__bases__").containsExactly("B", "C");
        }

        @Test
        @DisplayName("a class without bases has bases (object,); object and type are the roots")
        void roots() {
            assertThat(cls("K0").bases()).as("K0.__bases__ for class K0: pass").containsExactly(PyType.OBJECT);
            assertThat(names(PyType.OBJECT.mro())).as("object.__mro__").containsExactly("object");
            assertThat(PyType.OBJECT.bases()).as("object.__bases__").isEmpty();
            assertThat(names(PyType.TYPE.mro())).as("type.__mro__").containsExactly("type", "object");
        }

        @Test
        @DisplayName("a repeated base raises TypeError: duplicate base class K0")
        void repeatedBase() {
            PyType k0 = cls("K0");
            assertThatExceptionOfType(TypeError.class).as("class K1(K0, K0): pass")
                    .isThrownBy(() -> cls("K1", k0, k0)).withMessage("duplicate base class K0");
            PyType k1 = cls("K1", k0);
            assertThatExceptionOfType(TypeError.class).as("class K2(K1, K0, K0, K1): CPython names the first base that comes again")
                    .isThrownBy(() -> cls("K2", k1, k0, k0, k1)).withMessage("duplicate base class K1");
        }

        @Test
        @DisplayName("an impossible merge names the heads still blocking it, each once, in order")
        void blockedMergeNamesTheBlockers() {
            PyType k0 = cls("K0");
            PyType k1 = cls("K1", k0);
            PyType k2 = cls("K2");
            PyType k3 = cls("K3", k1, k0, k2);
            assertThatExceptionOfType(TypeError.class).as("class K4(K3, K2, K0) where class K3(K1, K0, K2), class K1(K0)")
                    .isThrownBy(() -> cls("K4", k3, k2, k0)).withMessage(INCONSISTENT + "K0, K2");
            assertThatExceptionOfType(TypeError.class).as("class K5(object, K0): object must come after K0")
                    .isThrownBy(() -> cls("K5", PyType.OBJECT, k0)).withMessage(INCONSISTENT + "object, K0");
        }

        @Test
        @DisplayName("agrees with CPython on 400 random hierarchies, repeated bases and impossible merges included")
        void agreesWithCPython() {
            Mismatches mismatches = new Mismatches("class statements");
            for (JsonObject hierarchy : Golden.cases("metaclasses", "mro.json")) {
                replay(hierarchy, mismatches);
            }
            assertThat(mismatches.cases()).as("class statements in mro.json").isGreaterThan(2000);
            mismatches.assertNone();
        }

        /** Runs one hierarchy's class statements in order; a later statement may use any class yours made. */
        private void replay(JsonObject hierarchy, Mismatches mismatches) {
            Map<String, PyType> made = new HashMap<>(Map.of("object", PyType.OBJECT));
            Map<String, List<String>> defined = new LinkedHashMap<>();
            for (JsonElement element : hierarchy.getAsJsonArray("steps")) {
                JsonObject step = element.getAsJsonObject();
                String name = step.get("name").getAsString();
                List<String> baseNames = strings(step.getAsJsonArray("bases"));
                String cpython = step.has("mro") ? mro(strings(step.getAsJsonArray("mro"))) : step.get("error").getAsString();
                List<PyType> bases = baseNames.stream().map(made::get).toList();
                String yours = "not run: a base's class statement failed above";
                if (!bases.contains(null)) {
                    try {
                        PyType built = new PyType(name, bases, Map.of());
                        yours = mro(names(built.mro()));
                        made.put(name, built);
                    } catch (TypeError error) {
                        yours = "TypeError: " + error.getMessage();
                    }
                }
                mismatches.check(script(defined, name, baseNames), cpython, yours);
                if (step.has("mro")) {
                    defined.put(name, baseNames);
                }
            }
        }

        /** The class statement in Python, after the earlier ones it depends on (in their order), all on one line. */
        private static String script(Map<String, List<String>> defined, String name, List<String> baseNames) {
            Set<String> needed = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>(baseNames);
            while (!pending.isEmpty()) {
                String base = pending.pop();
                if (needed.add(base) && defined.containsKey(base)) {
                    pending.addAll(defined.get(base));
                }
            }
            List<String> statements = new ArrayList<>();
            defined.forEach((earlier, itsBases) -> {
                if (needed.contains(earlier)) {
                    statements.add(statement(earlier, itsBases));
                }
            });
            statements.add(statement(name, baseNames));
            return String.join("; ", statements);
        }

        private static String statement(String name, List<String> baseNames) {
            return "class " + name + (baseNames.isEmpty() ? "" : "(" + String.join(", ", baseNames) + ")") + ": pass";
        }

        private static String mro(List<String> names) {
            return "__mro__ = (" + String.join(", ", names) + ")";
        }

        private static List<String> strings(Iterable<JsonElement> array) {
            List<String> names = new ArrayList<>();
            array.forEach(element -> names.add(element.getAsString()));
            return names;
        }
    }

    @Nested
    @DisplayName("lookup on the MRO")
    class Lookup {
        private final PyType a = new PyType("A", List.of(), Map.of("x", "A.x", "y", "A.y"));
        private final PyType b = new PyType("B", List.of(a), Map.of("x", "B.x"));
        private final PyType c = new PyType("C", List.of(a), Map.of("x", "C.x", "z", "C.z"));
        private final PyType d = new PyType("D", List.of(b, c), Map.of());

        @Test
        @DisplayName("lookup returns the value of the first class on the MRO that has the name, else null")
        void lookupFollowsTheMro() {
            assertThat(d.lookup("x")).as("D.x with D.__mro__ = (D, B, C, A, object)").isEqualTo("B.x");
            assertThat(d.lookup("z")).as("D.z, only on C").isEqualTo("C.z");
            assertThat(d.lookup("y")).as("D.y, only on A").isEqualTo("A.y");
            assertThat(d.lookup("w")).as("D.w, on no class: null").isNull();
        }

        @Test
        @DisplayName("lookupAfter(start, name) searches only past start, as super(start, ...) does")
        void lookupAfterSkipsToPastStart() {
            assertThat(d.lookupAfter(b, "x")).as("super(B, d).x: the classes after B on D's MRO").isEqualTo("C.x");
            assertThat(d.lookupAfter(c, "x")).as("super(C, d).x").isEqualTo("A.x");
            assertThat(d.lookupAfter(a, "x")).as("super(A, d).x: only object is left").isNull();
            assertThat(d.lookupAfter(null, "x")).as("a null start searches the whole MRO").isEqualTo("B.x");
        }

        @Test
        @DisplayName("isSubclassOf is membership in the MRO; a class prints as <class 'D'>")
        void subclassAndRepr() {
            assertThat(d.isSubclassOf(c)).as("issubclass(D, C)").isTrue();
            assertThat(b.isSubclassOf(c)).as("issubclass(B, C): siblings").isFalse();
            assertThat(d.isSubclassOf(PyType.OBJECT)).as("issubclass(D, object)").isTrue();
            assertThat(d.toString()).as("repr(D)").isEqualTo("<class 'D'>");
            assertThat(d.type()).as("type(D) without a metaclass").isSameAs(PyType.TYPE);
        }
    }

    @Test
    @DisplayName("typeNameOf names an object by its class and a class by its metaclass; other values as py.TypeName does")
    void typeNames() {
        PyType meta = new PyType("Meta", List.of(PyType.TYPE), Map.of());
        PyType user = new PyType("User", List.of(), Map.of(), meta);
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("User", new PyObject(user));
        cases.put("Meta", user);
        cases.put("type", PyType.OBJECT);
        cases.put("bool", true);
        cases.put("NoneType", null);
        cases.forEach((expected, value) -> assertThat(PyType.typeNameOf(value))
                .as("type(%s).__name__", value).isEqualTo(expected));
    }
}
