package references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.Repr;
import py.TypeError;
import support.Golden;

@Tag("task-5")
@DisplayName("a += b inside a function")
class AugmentedAssignmentSpec {

    /** The notes' {@code def add(a, b): a += b; return a}. */
    private static Object add(Object a, Object b) {
        PyFunction add = new PyFunction("add", List.of("a", "b"), List.of(), locals -> {
            locals.put("a", Augmented.iadd(locals.get("a"), locals.get("b")));
            return locals.get("a");
        });
        return add.call(a, b);
    }

    @Nested
    @DisplayName("the notes' add() example")
    class NotesExample {
        @Test
        @DisplayName("ints: 1 2 3, the caller's a is untouched")
        void ints() {
            Object a = 1L;
            Object c = add(a, 2L);
            assertThat(Repr.of(a) + " " + Repr.of(c)).as("print(a, c) after c = add(1, 2)").isEqualTo("1 3");
        }

        @Test
        @DisplayName("lists: [1, 2, 3, 4] [3, 4] [1, 2, 3, 4], the caller's list changed and c is a")
        void lists() {
            List<Object> a = new ArrayList<>(List.of(1L, 2L));
            List<Object> b = new ArrayList<>(List.of(3L, 4L));
            Object c = add(a, b);
            assertThat(Repr.of(a) + " " + Repr.of(b) + " " + Repr.of(c)).as("print(a, b, c) for lists")
                    .isEqualTo("[1, 2, 3, 4] [3, 4] [1, 2, 3, 4]");
            assertThat(c).as("add() returned the caller's own list: list += extends in place").isSameAs(a);
        }

        @Test
        @DisplayName("tuples: (1, 2) (3, 4) (1, 2, 3, 4), the caller's tuple is untouched (the notes print lists here)")
        void tuples() {
            PyTuple a = PyTuple.of(1L, 2L);
            PyTuple b = PyTuple.of(3L, 4L);
            Object c = add(a, b);
            assertThat(a + " " + b + " " + c).as("print(a, b, c) for tuples").isEqualTo("(1, 2) (3, 4) (1, 2, 3, 4)");
            assertThat(c).as("a tuple cannot change, so += made a new one").isNotSameAs(a);
        }
    }

    @Nested
    @DisplayName("the operand rules")
    class Rules {
        @Test
        @DisplayName("list += takes any iterable; tuple and str += need their own type")
        void operands() {
            List<Object> list = new ArrayList<>(List.of(1L));
            assertThat(Augmented.iadd(list, "ab")).as("[1] += 'ab'").hasToString("[1, a, b]");
            assertThat(Augmented.iadd(new ArrayList<>(List.of(1L)), PyTuple.of(2L))).as("[1] += (2,)").isEqualTo(List.of(1L, 2L));
            assertThatThrownBy(() -> Augmented.iadd(new ArrayList<>(), 5L), "lst = []; lst += 5: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'int' object is not iterable");
            assertThatThrownBy(() -> Augmented.iadd(PyTuple.of(1L), new ArrayList<>()), "t = (1,); t += []: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate tuple (not \"list\") to tuple");
            assertThatThrownBy(() -> Augmented.iadd(1L, new ArrayList<>()), "x = 1; x += []: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("unsupported operand type(s) for +=: 'int' and 'list'");
            assertThat(Augmented.iadd("ab", "c")).as("'ab' += 'c'").isEqualTo("abc");
            assertThat(PyTuple.of(7L)).as("repr of a 1-tuple").hasToString("(7,)");
        }

        @Test
        @DisplayName("matches CPython on 400 generated pairs of ints, lists, tuples, strs and None")
        void matchesCPython() {
            List<String> mismatches = new ArrayList<>();
            for (JsonObject c : Golden.cases("references", "iadd.json")) {
                Object a = decode(c.get("a"));
                Object b = decode(c.get("b"));
                String call = "a = " + Repr.of(a) + "; add(a, " + Repr.of(b) + ")";
                String aBefore = Repr.of(a);
                String actual;
                String expected;
                try {
                    Object result = add(a, b);
                    // Identity is only part of the lesson for lists; for immutable values CPython may hand back
                    // a cached or unchanged object (5 + 0, t + ()), an implementation detail.
                    actual = Repr.of(result) + ", same object: " + (a instanceof List<?> ? result == a : "n/a")
                            + ", a afterwards: " + Repr.of(a);
                } catch (TypeError e) {
                    actual = "TypeError: " + e.getMessage() + ", a afterwards: " + Repr.of(a);
                }
                if (c.has("error")) {
                    expected = "TypeError: " + c.get("error").getAsString() + ", a afterwards: " + aBefore;
                } else {
                    expected = c.get("result").getAsString() + ", same object: " + (a instanceof List<?> ? c.get("same").getAsBoolean() : "n/a")
                            + ", a afterwards: " + c.get("a_after").getAsString();
                }
                if (!actual.equals(expected) && mismatches.size() < 5) {
                    mismatches.add(call + " -> " + actual + "\n    CPython: " + expected);
                }
            }
            assertThat(mismatches).as("first differences from CPython").isEmpty();
        }

        private Object decode(JsonElement element) {
            JsonObject value = element.getAsJsonObject();
            if (value.has("none")) {
                return null;
            }
            if (value.has("int")) {
                return value.get("int").getAsLong();
            }
            if (value.has("str")) {
                return value.get("str").getAsString();
            }
            List<Object> items = new ArrayList<>();
            value.getAsJsonArray(value.has("list") ? "list" : "tuple").forEach(item -> items.add(decode(item)));
            return value.has("list") ? items : new PyTuple(items);
        }
    }

    @Test
    @DisplayName("listIaddExtendsInPlaceTupleIaddCopies: for any two sequences of ints")
    void listIaddExtendsInPlaceTupleIaddCopies() {
        qt().withExamples(300).forAll(lists().of(integers().between(-9, 9)).ofSizeBetween(0, 8),
                lists().of(integers().between(-9, 9)).ofSizeBetween(0, 8)).checkAssert((left, right) -> {
                    List<Object> expected = new ArrayList<>(left);
                    expected.addAll(right);
                    List<Object> list = new ArrayList<>(left);
                    assertThat(Augmented.iadd(list, new ArrayList<>(right))).as("%s += %s returns the same list", left, right).isSameAs(list);
                    assertThat(list).as("%s += %s", left, right).isEqualTo(expected);
                    PyTuple tuple = new PyTuple(new ArrayList<>(left));
                    Object sum = Augmented.iadd(tuple, new PyTuple(new ArrayList<>(right)));
                    assertThat(sum).as("%s += %s as tuples", left, right).isEqualTo(new PyTuple(expected));
                    assertThat(tuple.items()).as("the original tuple after +=").isEqualTo(left);
                });
    }
}
