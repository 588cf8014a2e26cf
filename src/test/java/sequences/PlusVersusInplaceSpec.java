package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;
import py.ValueError;
import support.AllocationBudget;
import support.Golden;
import support.Mismatches;
import support.PyJson;

@DisplayName("+= vs +")
@Tag("task-1")
class PlusVersusInplaceSpec {

    @Nested
    @DisplayName("lst + other (list.__add__)")
    class Plus {
        @Test
        @DisplayName("builds a third list and leaves both operands alone")
        void buildsANewList() {
            PyList a = PyList.of(1, 2);
            PyList b = PyList.of(3, 4);
            PyList c = a.add(b);
            assertThat(c.toList()).as("[1, 2] + [3, 4]").containsExactly(1, 2, 3, 4);
            assertThat(c).as("lst + other must be a new object, not the left operand").isNotSameAs(a).isNotSameAs(b);
            assertThat(a.toList()).as("the left operand after a + b (+ never mutates)").containsExactly(1, 2);
            assertThat(b.toList()).as("the right operand after a + b").containsExactly(3, 4);
        }

        @Test
        @DisplayName("tuple + tuple is a new tuple: len((1, 2) + (3,)) is 3, and the operands keep their items")
        void tuplePlusTuple() {
            PyTuple left = PyTuple.of(1, 2);
            PyTuple right = PyTuple.of(3);
            PyTuple sum = left.add(right);
            assertThat(List.of(sum.len(), left.len(), right.len())).as("len() of (1, 2) + (3,), of (1, 2) and of (3,)")
                    .containsExactly(3, 2, 1);
            assertThat(sum.toList()).as("(1, 2) + (3,) as a list").containsExactly(1, 2, 3);
        }

        @Test
        @DisplayName("refuses a tuple with TypeError and changes nothing")
        void refusesATuple() {
            PyList a = PyList.of(1, 2);
            assertThatThrownBy(() -> a.add(PyTuple.of(3, 4)),
                    "[1, 2] + (3, 4): only += (list.__iadd__) takes any iterable; + wants another list")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("can only concatenate list (not \"tuple\") to list");
            assertThat(a.toList()).as("the list after the refused +").containsExactly(1, 2);
        }

        @Test
        @DisplayName("names the right operand's Python type in the message")
        void namesTheOtherType() {
            Map<Object, String> typeNames = Map.of("ab", "str", 5, "int", 1.5, "float", true, "bool", PyTuple.of(), "tuple");
            typeNames.forEach((other, name) -> assertThatThrownBy(() -> PyList.of(1).add(other), "[1] + %s", show(other))
                    .isInstanceOf(TypeError.class)
                    .hasMessage("can only concatenate list (not \"%s\") to list", name));
            assertThatThrownBy(() -> PyList.of(1).add(null), "[1] + None")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate list (not \"NoneType\") to list");
        }
    }

    @Nested
    @DisplayName("lst += other (list.__iadd__)")
    class InplaceAdd {
        @Test
        @DisplayName("returns the same list object, so every alias sees the change")
        void returnsTheSameObject() {
            PyList lst = PyList.of(1, 2);
            PyList alias = lst;
            assertThat(lst.iadd(PyTuple.of(3, 4))).as("lst += (3, 4) must return the same list object").isSameAs(lst);
            assertThat(alias.toList()).as("alias = lst; lst += (3, 4); alias").containsExactly(1, 2, 3, 4);
        }

        @Test
        @DisplayName("accepts any iterable: tuple, str, a Java Iterable, an iterator")
        void acceptsAnyIterable() {
            PyList lst = PyList.of()
                    .iadd(PyTuple.of(1))
                    .iadd("ab")
                    .iadd(List.of(2, 3))
                    .iadd(List.of(4, 5).iterator());
            assertThat(lst.toList()).as("[] += (1,) += 'ab' += [2, 3] += iter([4, 5])")
                    .containsExactly(1, "a", "b", 2, 3, 4, 5);
        }

        @Test
        @DisplayName("lst += lst doubles the list once: it reads the right side before it grows")
        void extendsWithItself() throws InterruptedException {
            // The work is bounded by bytes allocated, not by time: a loop chasing the growing tail
            // allocates megabytes within milliseconds, while doubling three items needs a few hundred bytes.
            AllocationBudget.Result<List<Object>> run = AllocationBudget.run("a += a", 16 << 20, () -> {
                PyList lst = PyList.of(1, 2, 3);
                return lst.iadd(lst).toList();
            });
            String outcome = run.overBudget()
                    ? "still running after allocating " + run.allocatedBytes() + " bytes: it keeps reading the list it is growing"
                    : run.thrown() != null ? "raised " + run.thrown() : String.valueOf(run.value());
            assertThat(outcome).as("a = [1, 2, 3]; a += a  (take the items, or the length, of the right side before the first append)")
                    .isEqualTo("[1, 2, 3, 1, 2, 3]");
        }

        @Test
        @DisplayName("refuses a non-iterable with TypeError and changes nothing")
        void refusesANonIterable() {
            PyList lst = PyList.of(1, 2);
            assertThatThrownBy(() -> lst.iadd(5), "lst += 5")
                    .isInstanceOf(TypeError.class).hasMessage("'int' object is not iterable");
            assertThatThrownBy(() -> lst.iadd(null), "lst += None")
                    .isInstanceOf(TypeError.class).hasMessage("'NoneType' object is not iterable");
            assertThat(lst.toList()).as("the list after the refused +=").containsExactly(1, 2);
        }

        @Test
        @DisplayName("keeps the items taken before an iterable fails midway, as CPython does")
        void keepsItemsBeforeAFailure() {
            PyList lst = PyList.of(1);
            Iterable<Object> failing = () -> new Iterator<>() {
                private int served;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Object next() {
                    if (served++ == 1) {
                        throw new ValueError("boom");
                    }
                    return 2;
                }
            };
            assertThatThrownBy(() -> lst.iadd(failing), "a += g() where g yields 2, then raises")
                    .isInstanceOf(ValueError.class).hasMessage("boom");
            assertThat(lst.toList()).as("a = [1]; a += g() → a is [1, 2] after the ValueError (extend appends item by item)")
                    .containsExactly(1, 2);
        }
    }

    @Nested
    @DisplayName("extend and append")
    class ExtendAndAppend {
        @Test
        @DisplayName("replay the notes' example: + then += then extend then append")
        void notesExample() {
            PyList a = PyList.of(1, 2);
            PyList b = a.add(PyList.of(3, 4));
            a.iadd(PyTuple.of(3, 4));
            a.extend(PyList.of(5, 6));
            a.append(PyTuple.of(7, 8));
            assertThat(b.repr()).as("b = a + [3, 4]").isEqualTo("[1, 2, 3, 4]");
            assertThat(a.repr()).as("a after += (3, 4), extend([5, 6]) and append((7, 8)): append adds ONE element")
                    .isEqualTo("[1, 2, 3, 4, 5, 6, (7, 8)]");
            assertThat(a.len()).as("len(a)").isEqualTo(7);
        }

        @Test
        @DisplayName("extend takes any iterable like +=, and append takes anything as one item")
        void extendVersusAppend() {
            PyList extended = PyList.of();
            extended.extend("hi");
            PyList appended = PyList.of();
            appended.append("hi");
            appended.append(null);
            assertThat(extended.toList()).as("lst.extend('hi')").containsExactly("h", "i");
            assertThat(appended.toList()).as("lst.append('hi'); lst.append(None)").containsExactly("hi", null);
            assertThatThrownBy(() -> extended.extend(3), "lst.extend(3)")
                    .isInstanceOf(TypeError.class).hasMessage("'int' object is not iterable");
        }

        @Test
        @DisplayName("indexes from both ends and refuses an index out of range")
        void indexes() {
            PyList lst = PyList.of("a", "b", "c");
            lst.set(-1, "z");
            assertThat(List.of(lst.get(0), lst.get(-1), lst.len())).as("lst[0], lst[-1] after lst[-1] = 'z', len(lst)")
                    .containsExactly("a", "z", 3);
            assertThatThrownBy(() -> lst.get(3), "lst[3]").isInstanceOf(py.IndexError.class).hasMessage("list index out of range");
            assertThatThrownBy(() -> lst.get(-4), "lst[-4]").isInstanceOf(py.IndexError.class).hasMessage("list index out of range");
            assertThatThrownBy(() -> lst.set(3, 1), "lst[3] = 1")
                    .isInstanceOf(py.IndexError.class).hasMessage("list assignment index out of range");
        }

        @Test
        @DisplayName("repr prints a list or tuple inside a list or tuple by its own repr")
        void reprOfNestedSequences() {
            PyList nested = PyList.of(PyList.of(1, 2), PyTuple.of(PyList.of(3)), PyList.of(), PyTuple.of(PyList.of()));
            assertThat(nested.repr())
                    .as("repr([[1, 2], ([3],), [], ([],)]): each item prints with repr(item), and the repr of a list "
                            + "inside a list or a tuple is that list's own repr, not Java's toString")
                    .isEqualTo("[[1, 2], ([3],), [], ([],)]");
        }
    }

    @Nested
    @DisplayName("a tuple, which has no += of its own")
    class Tuples {
        @Test
        @DisplayName("t += x rebinds t to a new tuple; an alias still sees the old one")
        void inplaceAddRebinds() {
            PyTuple t = PyTuple.of(1, 2);
            Object rebound = Operators.iadd(t, PyTuple.of(3, 4));
            assertThat(rebound).as("t += (3, 4) must give a NEW tuple: tuple has no __iadd__, so Python runs t = t + (3, 4)")
                    .isInstanceOf(PyTuple.class).isNotSameAs(t);
            assertThat(((PyTuple) rebound).repr()).as("t after t += (3, 4)").isEqualTo("(1, 2, 3, 4)");
            assertThat(t.repr()).as("the old tuple (an alias of t) after t += (3, 4)").isEqualTo("(1, 2)");
            assertThatThrownBy(() -> t.add(PyList.of(3)), "(1, 2) + [3]")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate tuple (not \"list\") to tuple");
        }

        @Test
        @DisplayName("prints (1, 2) (3, 4) (1, 2, 3, 4) in the notes' add(a, b) example, unlike the notes")
        void notesAddExample() {
            assertThat(notesAdd(1, 2)).as("add(1, 2)").isEqualTo("1 2 3");
            assertThat(notesAdd(PyList.of(1, 2), PyList.of(3, 4))).as("add([1, 2], [3, 4]): a += b mutates the caller's list")
                    .isEqualTo("[1, 2, 3, 4] [3, 4] [1, 2, 3, 4]");
            assertThat(notesAdd(PyTuple.of(1, 2), PyTuple.of(3, 4))).as("add((1, 2), (3, 4)): a += b rebinds only the local a")
                    .isEqualTo("(1, 2) (3, 4) (1, 2, 3, 4)");
        }

        /** def add(a, b): a += b; return a  ...  print(a, b, add(a, b)) */
        private String notesAdd(Object a, Object b) {
            Object c = Operators.iadd(a, b);
            return show(a) + " " + show(b) + " " + show(c);
        }

        @Test
        @DisplayName("t[1] += [3] extends the list inside, THEN raises TypeError")
        void itemInplaceAddMutatesThenRaises() {
            PyList inner = PyList.of(2);
            PyTuple t = PyTuple.of(1, inner);
            assertThatThrownBy(() -> Operators.iaddItem(t, 1, PyList.of(3)), "t = (1, [2]); t[1] += [3]")
                    .isInstanceOf(TypeError.class).hasMessage("'tuple' object does not support item assignment");
            assertThat(inner.toList()).as("the list inside t after the TypeError: list.__iadd__ ran before the tuple refused the store")
                    .containsExactly(2, 3);
            assertThat(t.get(1)).as("t[1] is still the same list object").isSameAs(inner);
        }

        @Test
        @DisplayName("t[1] += (3,) on a tuple inside a tuple raises and changes nothing")
        void itemInplaceAddOnImmutableItem() {
            PyTuple t = PyTuple.of(1, PyTuple.of(2));
            assertThatThrownBy(() -> Operators.iaddItem(t, 1, PyTuple.of(3)), "t = (1, (2,)); t[1] += (3,)")
                    .isInstanceOf(TypeError.class).hasMessage("'tuple' object does not support item assignment");
            assertThat(t.repr()).as("t after the TypeError").isEqualTo("(1, (2,))");
            assertThatThrownBy(() -> t.setItem(0, 9), "t[0] = 9")
                    .isInstanceOf(TypeError.class).hasMessage("'tuple' object does not support item assignment");
        }

        @Test
        @DisplayName("lst[0] += [3] on a list of lists extends the inner list and stores it back")
        void itemInplaceAddOnAList() {
            PyList inner = PyList.of(2);
            PyList outer = PyList.of(inner);
            Operators.iaddItem(outer, 0, PyTuple.of(3));
            assertThat(outer.get(0)).as("outer[0] after outer[0] += (3,)").isSameAs(inner);
            assertThat(inner.toList()).as("the inner list after outer[0] += (3,)").containsExactly(2, 3);
        }

        @Test
        @DisplayName("lst[i] += x on an int or a tuple item stores the new object back into the list")
        void itemInplaceAddStoresTheSum() {
            PyList lst = PyList.of(1, PyTuple.of(2));
            Operators.iaddItem(lst, 0, 10);
            Operators.iaddItem(lst, 1, PyTuple.of(3));
            assertThat(lst.repr())
                    .as("lst = [1, (2,)]; lst[0] += 10; lst[1] += (3,); lst: an int or a tuple has no in-place add, so "
                            + "the sum is a new object, and only the final store lst[i] = sum puts it into the list")
                    .isEqualTo("[11, (2, 3)]");
        }
    }

    @Test
    @DisplayName("agrees with CPython on a + b and a += b for 700 random operands: lists, tuples, str, int, bool, float, None")
    void goldenConcatenation() {
        Mismatches mismatches = new Mismatches("a + b and a += b");
        for (JsonObject recorded : Golden.cases("sequences", "concat.json")) {
            JsonElement a = recorded.get("a");
            JsonElement b = recorded.get("b");
            String left = PyJson.python(a);
            String right = PyJson.python(b);
            if (recorded.has("plus")) {
                Outcome.of(recorded.getAsJsonObject("plus")).check(mismatches, left + " + " + right, () -> {
                    PyJson values = GoldenValues.decoder();
                    Object target = values.decode(a);
                    Object other = values.decode(b);
                    return target instanceof PyList list ? list.add(other) : ((PyTuple) target).add(other);
                }, PlusVersusInplaceSpec::show);
            }
            Outcome.of(recorded.getAsJsonObject("iadd")).check(mismatches, "a = " + left + "; alias = a; a += " + right,
                    () -> inplaceAdd(a, b), answer -> answer);
        }
        mismatches.assertNone();
    }

    /** a += b, seen through a's repr afterwards, an alias's repr, and (for a list) whether a is still the alias. */
    private static Map<String, Object> inplaceAdd(JsonElement a, JsonElement b) {
        PyJson values = GoldenValues.decoder();
        Object target = values.decode(a);
        Object rebound = Operators.iadd(target, values.decode(b));
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("repr", show(rebound));
        seen.put("alias", show(target));
        if (target instanceof PyList) {
            seen.put("same", rebound == target);
        }
        return seen;
    }

    private static String show(Object value) {
        return GoldenValues.show(value);
    }

    @Test
    @DisplayName("law: a + b concatenates and leaves a and b alone, while a += b gives the same content in a itself")
    void plusConcatenatesAndInplaceAddMutates() {
        qt().forAll(lists().of(integers().between(-9, 9)).ofSizeBetween(0, 8),
                        lists().of(integers().between(-9, 9)).ofSizeBetween(0, 8))
                .checkAssert((left, right) -> {
                    PyList a = PyList.of(left.toArray());
                    PyList b = PyList.of(right.toArray());
                    List<Object> expected = new ArrayList<>(left);
                    expected.addAll(right);
                    assertThat(a.add(b).toList()).as("%s + %s", left, right).isEqualTo(expected);
                    assertThat(a.toList()).as("a after a + b").isEqualTo(new ArrayList<Object>(left));
                    PyList alias = a;
                    assertThat(a.iadd(b)).as("a += b returns a itself").isSameAs(alias);
                    assertThat(alias.toList()).as("alias of a after a += %s", right).isEqualTo(expected);
                });
    }
}
