package classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import support.Golden;
import py.TypeError;

@DisplayName("MRO ordering (C3 linearization)")
@Tag("task-1")
class MroOrderingSpec {

    private static List<String> names(PyClass cls) {
        return cls.mro().stream().map(PyClass::name).toList();
    }

    @Nested
    @DisplayName("examples")
    class Examples {
        @Test
        @DisplayName("a class without bases has the MRO (C, object)")
        void simplest() {
            PyClass c = new PyClass("C");
            assertThat(names(c)).as("C.__mro__").containsExactly("C", "object");
            assertThat(c.bases()).as("C.__bases__").containsExactly(PyClass.object());
            assertThat(PyClass.object().mro()).as("object.__mro__").containsExactly(PyClass.object());
        }

        @Test
        @DisplayName("A(X, Y), B(Y), C(A, B) gives C A X B Y object: neither depth-first nor breadth-first")
        void neitherDfsNorBfs() {
            PyClass x = new PyClass("X");
            PyClass y = new PyClass("Y");
            PyClass c = new PyClass("C", new PyClass("A", x, y), new PyClass("B", y));
            assertThat(names(c)).as("C.__mro__ (DFS would give C A X Y B, BFS C A B X Y)")
                    .containsExactly("C", "A", "X", "B", "Y", "object");
        }

        @Test
        @DisplayName("the diamond D(B, C) over A visits A only after both B and C")
        void diamond() {
            PyClass a = new PyClass("A");
            PyClass d = new PyClass("D", new PyClass("B", a), new PyClass("C", a));
            assertThat(names(d)).as("D.__mro__ for the diamond (DFS would put A before C)")
                    .containsExactly("D", "B", "C", "A", "object");
        }

        @Test
        @DisplayName("the first example of the Python 2.3 MRO write-up: A B C D E F O")
        void python23First() {
            PyClass o = new PyClass("O");
            PyClass f = new PyClass("F", o);
            PyClass e = new PyClass("E", o);
            PyClass d = new PyClass("D", o);
            PyClass a = new PyClass("A", new PyClass("B", d, e), new PyClass("C", d, f));
            assertThat(names(a)).as("A.__mro__ with B(D, E), C(D, F), A(B, C)")
                    .containsExactly("A", "B", "C", "D", "E", "F", "O", "object");
        }

        @Test
        @DisplayName("the second example of the write-up, with B(E, D): A B E C D F O")
        void python23Second() {
            PyClass o = new PyClass("O");
            PyClass f = new PyClass("F", o);
            PyClass e = new PyClass("E", o);
            PyClass d = new PyClass("D", o);
            PyClass a = new PyClass("A", new PyClass("B", e, d), new PyClass("C", d, f));
            assertThat(names(a)).as("A.__mro__ with B(E, D), C(D, F), A(B, C)")
                    .containsExactly("A", "B", "E", "C", "D", "F", "O", "object");
        }

        @Test
        @DisplayName("refuses A(X, Y), B(Y, X), Z(A, B) with the message naming the bases it could not order")
        void inconsistent() {
            PyClass x = new PyClass("X");
            PyClass y = new PyClass("Y");
            PyClass a = new PyClass("A", x, y);
            PyClass b = new PyClass("B", y, x);
            assertThatThrownBy(() -> new PyClass("Z", a, b), "class Z(A, B) where A and B order X and Y differently")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
        }

        @Test
        @DisplayName("refuses object before one of its subclasses in the bases")
        void objectFirst() {
            PyClass a = new PyClass("A");
            assertThatThrownBy(() -> new PyClass("B", PyClass.object(), a), "class B(object, A)")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("Cannot create a consistent method resolution\norder (MRO) for bases object, A");
        }

        @Test
        @DisplayName("refuses a base listed twice")
        void duplicate() {
            PyClass p = new PyClass("P");
            assertThatThrownBy(() -> new PyClass("C", p, p), "class C(P, P)")
                    .isInstanceOf(TypeError.class).hasMessage("duplicate base class P");
        }

        @Test
        @DisplayName("linearize can be called directly with the class and its bases")
        void linearizeDirectly() {
            PyClass x = new PyClass("X");
            PyClass y = new PyClass("Y", x);
            PyClass z = new PyClass("Z", y);
            assertThat(C3.linearize(z, List.of(y))).as("C3.linearize(Z, [Y])").containsExactly(z, y, x, PyClass.object());
        }
    }

    @Nested
    @DisplayName("laws over random class hierarchies")
    class Laws {
        /** Builds classes C0..Cn; class i picks bases among the earlier classes; inconsistent ones are dropped. */
        private void forRandomHierarchies(BiConsumer<PyClass, String> law) {
            qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, 50)).ofSizeBetween(0, 4)).ofSizeBetween(1, 9))
                    .checkAssert(choices -> {
                        List<PyClass> made = new ArrayList<>();
                        for (int i = 0; i < choices.size(); i++) {
                            LinkedHashSet<PyClass> bases = new LinkedHashSet<>();
                            for (int pick : choices.get(i)) {
                                if (!made.isEmpty()) {
                                    bases.add(made.get(pick % made.size()));
                                }
                            }
                            try {
                                made.add(new PyClass("C" + i, bases.toArray(PyClass[]::new)));
                            } catch (TypeError inconsistent) {
                                // no C3 order exists for this choice of bases; the laws are about the ones that do
                            }
                        }
                        for (PyClass cls : made) {
                            law.accept(cls, "hierarchy " + choices + ", class " + cls.name() + " with bases "
                                    + cls.bases().stream().map(PyClass::name).toList() + ", MRO " + names(cls));
                        }
                    });
        }

        @Test
        @DisplayName("the class comes first and object last, each class once")
        void classFirstObjectLast() {
            forRandomHierarchies((cls, context) -> {
                assertThat(cls.mro().get(0)).as("first of the MRO in %s", context).isSameAs(cls);
                assertThat(cls.mro().get(cls.mro().size() - 1)).as("last of the MRO in %s", context).isSameAs(PyClass.object());
                assertThat(cls.mro()).as("no class twice in %s", context).doesNotHaveDuplicates();
            });
        }

        @Test
        @DisplayName("local precedence order: the bases appear in the MRO in the order they were written")
        void localPrecedenceIsKept() {
            forRandomHierarchies((cls, context) ->
                    assertThat(cls.mro()).as("bases in order in %s", context).containsSubsequence(cls.bases()));
        }

        @Test
        @DisplayName("monotonicity: c3ExtendsEveryParentsMro, each parent's MRO is a subsequence of the child's")
        void c3ExtendsEveryParentsMro() {
            forRandomHierarchies((cls, context) -> {
                for (PyClass base : cls.bases()) {
                    assertThat(cls.mro()).as("%s's MRO %s inside %s", base.name(), names(base), context)
                            .containsSubsequence(base.mro());
                }
            });
        }

        @Test
        @DisplayName("the MRO is a linear extension: every class comes before all of its bases, and every ancestor is there")
        void linearExtension() {
            forRandomHierarchies((cls, context) -> {
                Map<PyClass, Integer> position = new HashMap<>();
                for (int i = 0; i < cls.mro().size(); i++) {
                    position.put(cls.mro().get(i), i);
                }
                for (PyClass klass : cls.mro()) {
                    for (PyClass base : klass.bases()) {
                        assertThat(position).as("%s (a base of %s) is in %s", base.name(), klass.name(), context).containsKey(base);
                        assertThat(position.get(base)).as("%s after its subclass %s in %s", base.name(), klass.name(), context)
                                .isGreaterThan(position.get(klass));
                    }
                }
            });
        }
    }

    @Test
    @DisplayName("agrees with CPython on 600 random hierarchies, including duplicate bases and inconsistent orders")
    void agreesWithCPython() {
        List<String> mismatches = new ArrayList<>();
        int classes = 0;
        for (JsonObject hierarchy : Golden.cases("classes", "mro.json")) {
            Map<String, PyClass> made = new HashMap<>(Map.of("object", PyClass.object()));
            List<String> script = new ArrayList<>();
            for (JsonElement element : hierarchy.getAsJsonArray("steps")) {
                JsonObject step = element.getAsJsonObject();
                classes++;
                String name = step.get("name").getAsString();
                List<String> baseNames = new ArrayList<>();
                step.getAsJsonArray("bases").forEach(base -> baseNames.add(base.getAsString()));
                script.add("class " + name + "(" + String.join(", ", baseNames) + ")");
                String expected = step.has("mro") ? "MRO " + step.get("mro") : "TypeError: " + step.get("error").getAsString();
                String actual;
                try {
                    PyClass cls = new PyClass(name, baseNames.stream().map(made::get).toArray(PyClass[]::new));
                    made.put(name, cls);
                    actual = "MRO " + names(cls).stream().map(n -> "\"" + n + "\"").toList().toString().replace(" ", "");
                } catch (TypeError error) {
                    actual = "TypeError: " + error.getMessage();
                }
                if (!actual.equals(expected) && mismatches.size() < 5) {
                    mismatches.add(String.join("; ", script) + "\n   CPython: " + expected + "\n   yours:   " + actual);
                }
            }
        }
        assertThat(classes).as("class statements in the fixture").isGreaterThan(3000);
        assertThat(mismatches).as("class statements where your MRO differs from CPython 3.11 (first 5)").isEmpty();
    }
}
