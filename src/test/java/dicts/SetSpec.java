package dicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import py.KeyError;
import py.PyBaseException;
import py.Repr;
import py.RuntimeError;
import py.TypeError;
import support.Golden;
import support.Mismatches;
import support.PyJson;

@Tag("task-5")
@DisplayName("set and frozenset")
class SetSpec {

    private static Set<Long> javaSet(Iterable<Object> set) {
        Set<Long> result = new HashSet<>();
        set.forEach(item -> result.add((Long) item));
        return result;
    }

    /** The elements as Python prints them, sorted: 1, 1.0 and True stay apart, the order of the table does not matter. */
    private static List<String> elements(Iterable<Object> set) {
        List<String> result = new ArrayList<>();
        set.forEach(item -> result.add(Repr.of(item)));
        Collections.sort(result);
        return result;
    }

    /** A recorded set's elements in Python notation, sorted like {@link #elements}. */
    private static List<String> pythonSet(JsonObject recorded, String field) {
        List<String> result = new ArrayList<>();
        recorded.getAsJsonArray(field).forEach(item -> result.add(PyJson.python(item)));
        Collections.sort(result);
        return result;
    }

    /** A recorded list of elements as a tagged Python list, for printing. */
    private static JsonObject list(JsonObject recorded, String field) {
        JsonObject tagged = new JsonObject();
        tagged.add("list", recorded.getAsJsonArray(field));
        return tagged;
    }

    @Nested
    @DisplayName("set algebra")
    class Algebra {
        @Test
        @DisplayName("| & - ^ <= >= on small examples")
        void examples() {
            PySet a = PySet.of(1L, 2L, 3L);
            PySet b = PySet.of(2L, 3L, 4L);
            assertThat(javaSet(a.or(b))).as("{1, 2, 3} | {2, 3, 4}").containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
            assertThat(javaSet(a.and(b))).as("{1, 2, 3} & {2, 3, 4}").containsExactlyInAnyOrder(2L, 3L);
            assertThat(javaSet(a.sub(b))).as("{1, 2, 3} - {2, 3, 4}").containsExactlyInAnyOrder(1L);
            assertThat(javaSet(a.xor(b))).as("{1, 2, 3} ^ {2, 3, 4}").containsExactlyInAnyOrder(1L, 4L);
            assertThat(PySet.of(2L, 3L).issubset(a)).as("{2, 3} <= {1, 2, 3}").isTrue();
            assertThat(a.issuperset(PySet.of(2L, 3L))).as("{1, 2, 3} >= {2, 3}").isTrue();
            assertThat(a.issubset(b)).as("{1, 2, 3} <= {2, 3, 4}").isFalse();
            assertThat(a.or(b)).as("set | set stays a set").isInstanceOf(PySet.class);
        }

        @Test
        @DisplayName("keeps the left operand's element when equal elements meet: {1} | {True} is {1}")
        void leftElementWins() {
            assertThat(PySet.of(1L).or(PySet.of(true))).as("{1} | {True}").hasToString("{1}");
            assertThat(PySet.of(true).or(PySet.of(1L))).as("{True} | {1}").hasToString("{True}");
            assertThat(PySet.of(1L, 2L).or(PySet.of(2.0, 3L))).as("{1, 2} | {2.0, 3}").hasToString("{1, 2, 3}");
            PySet s = PySet.of(1L);
            s.add(1.0);
            assertThat(s).as("s = {1}; s.add(1.0): the element already there stays").hasToString("{1}");
        }

        @Test
        @DisplayName("a result has the type of the left operand")
        void resultType() {
            PyFrozenSet frozen = PyFrozenSet.of(1L);
            PySet mutable = PySet.of(2L);
            assertThat(frozen.or(mutable)).as("frozenset({1}) | {2}").isInstanceOf(PyFrozenSet.class);
            assertThat(mutable.and(frozen)).as("{2} & frozenset({1})").isInstanceOf(PySet.class);
            assertThat(PySet.of(1L)).as("{1} == frozenset({1})").isEqualTo(frozen);
        }

        @Test
        @DisplayName("& keeps the elements of the set it walks: the smaller one, the right one when sizes tie")
        void intersectionKeepsTheWalkedSetsElements() {
            assertThat(elements(PySet.of(9L, 3L, 8L, 0L).and(PySet.of(88L, 1.0, 3L, 0.0))))
                    .as("{9, 3, 8, 0} & {88, 1.0, 3, 0.0}: CPython walks the right set (sizes tie) and keeps its 0.0")
                    .containsExactlyInAnyOrder("0.0", "3");
            assertThat(elements(PySet.of(1L, 2L, 3L).and(PySet.of(1.0))))
                    .as("{1, 2, 3} & {1.0}: the smaller set is walked, so 1.0 is kept").containsExactly("1.0");
            assertThat(elements(PySet.of(1.0).and(PySet.of(1L, 2L, 3L))))
                    .as("{1.0} & {1, 2, 3}: the smaller set is the left one now, still 1.0").containsExactly("1.0");
            assertThat(elements(PySet.of(true, 2L).and(PySet.of(1L, 2L))))
                    .as("{True, 2} & {1, 2}: equal sizes, the right set's 1 is kept").containsExactlyInAnyOrder("1", "2");
        }

        @Test
        @DisplayName("s & s is a new set with all of s's elements, of s's type, not s itself")
        void intersectionWithItself() {
            PySet s = PySet.of(1L, 2.0);
            PyAnySet both = s.and(s);
            assertThat(both).as("s = {1, 2.0}; s & s (CPython: {1, 2.0})").isNotNull().hasToString("{1, 2.0}");
            assertThat(both).as("s = {1, 2.0}; (s & s) is s (CPython: False, & always builds a new set)")
                    .isNotSameAs(s).isInstanceOf(PySet.class);
            PyFrozenSet f = PyFrozenSet.of(3L);
            assertThat(f.and(f)).as("f = frozenset({3}); f & f (CPython: frozenset({3}))")
                    .isInstanceOf(PyFrozenSet.class).hasToString("frozenset({3})");
            PySet empty = PySet.of();
            assertThat(empty.and(empty)).as("e = set(); e & e (CPython: set())").hasToString("set()");
        }

        @Test
        @DisplayName("matches CPython 3.11 on 500 generated pairs of sets mixing 1, 1.0, True, -0.0, 1e16 and inf")
        void matchesCPython() {
            Mismatches mismatches = new Mismatches("set algebra (which operand's object survives, 1 or 1.0 or True, counts too)");
            for (JsonObject recorded : Golden.cases("dicts", "sets.json")) {
                PyJson values = GoldenValues.forSets();
                PySet a = new PySet(values.decodeAll(recorded.get("a")));
                PySet b = new PySet(values.decodeAll(recorded.get("b")));
                String operands = "a = set(" + PyJson.python(list(recorded, "a")) + "); b = set(" + PyJson.python(list(recorded, "b")) + "); ";
                mismatches.check(operands + "a | b", pythonSet(recorded, "or"), elements(a.or(b)));
                mismatches.check(operands + "a & b", pythonSet(recorded, "and"), elements(a.and(b)));
                mismatches.check(operands + "a - b", pythonSet(recorded, "sub"), elements(a.sub(b)));
                mismatches.check(operands + "a ^ b", pythonSet(recorded, "xor"), elements(a.xor(b)));
                mismatches.check(operands + "a <= b", recorded.get("issubset").getAsBoolean(), a.issubset(b));
                mismatches.check(operands + "a >= b", recorded.get("issuperset").getAsBoolean(), a.issuperset(b));
                mismatches.check(operands + "a == b", recorded.get("eq").getAsBoolean(), a.equals(b));
            }
            mismatches.assertNone();
        }

        @Test
        @DisplayName("x in s, s.remove(x), s.discard(x), s.add(x) match CPython on 400 cases, a set x looked up as a frozenset")
        void lookupsMatchCPython() {
            Mismatches mismatches = new Mismatches("set lookups (an unhashable x is TypeError even on an empty set; a set x is retried as frozenset(x))");
            for (JsonObject recorded : Golden.cases("dicts", "set_lookups.json")) {
                PyJson values = GoldenValues.forSets();
                PySet s = new PySet(values.decodeAll(recorded.get("items")));
                Object key = values.decode(recorded.get("key"));
                String op = recorded.get("op").getAsString();
                String x = PyJson.python(recorded.get("key"));
                String call = "s = set(" + PyJson.python(list(recorded, "items")) + "); "
                        + (op.equals("in") ? x + " in s" : "s." + op + "(" + x + ")");
                String expected = recorded.get("result").getAsString() + ", then s = " + pythonSet(recorded, "after");
                mismatches.check(call, expected, lookup(s, op, key) + ", then s = " + elements(s));
            }
            mismatches.assertNone();
        }

        private static String lookup(PySet s, String op, Object key) {
            try {
                switch (op) {
                    case "in" -> {
                        return Repr.of(s.contains(key));
                    }
                    case "remove" -> s.remove(key);
                    case "discard" -> s.discard(key);
                    default -> s.add(key);
                }
                return "None";
            } catch (PyBaseException python) {
                return python.pythonType() + ": " + python.getMessage();
            }
        }
    }

    @Nested
    @DisplayName("a set")
    class MutableSet {
        @Test
        @DisplayName("is mutable: add, discard, remove and clear change it (the notes call it immutable)")
        void mutable() {
            PySet s = PySet.of(1L);
            s.add(2L);
            s.add(1.0);
            assertThat(s.len()).as("len after add(2), add(1.0) to {1}: 1.0 == 1 is already there").isEqualTo(2);
            s.discard(7L);
            s.remove(1L);
            assertThat(s).as("after discard(7), remove(1)").hasToString("{2}");
            assertThatThrownBy(() -> s.remove(9L), "s.remove(9)").isInstanceOf(KeyError.class).hasMessage("9");
            s.clear();
            assertThat(s).as("repr of an empty set").hasToString("set()");
        }

        @Test
        @DisplayName("is unhashable: TypeError unhashable type: 'set', also as a dict key")
        void unhashable() {
            PySet s = PySet.of(1L);
            assertThatThrownBy(s::hashCode, "hash({1})").isInstanceOf(TypeError.class).hasMessage("unhashable type: 'set'");
            assertThatThrownBy(() -> PyHash.hash(s), "hash({1}) through PyHash").isInstanceOf(TypeError.class).hasMessage("unhashable type: 'set'");
            PyDict d = new PyDict();
            assertThatThrownBy(() -> d.setItem(s, 1), "{}[{1}] = 1").isInstanceOf(TypeError.class).hasMessage("unhashable type: 'set'");
        }

        @Test
        @DisplayName("raises RuntimeError: Set changed size during iteration")
        void changedSize() {
            PySet s = PySet.of(1L, 2L);
            assertThatThrownBy(() -> {
                for (Object item : s) {
                    s.add((Long) item + 10);
                }
            }, "for item in s: s.add(item + 10)").isInstanceOf(RuntimeError.class).hasMessage("Set changed size during iteration");
        }
    }

    @Nested
    @DisplayName("a frozenset")
    class Frozen {
        @Test
        @DisplayName("is hashable, works as a dict key, and prints as frozenset({...})")
        void hashable() {
            PyFrozenSet f = PyFrozenSet.of(1L, 2L);
            PyDict d = new PyDict();
            d.setItem(f, "pair");
            assertThat(d.getItem(PyFrozenSet.of(2L, 1L))).as("d[frozenset({2, 1})] finds frozenset({1, 2})").isEqualTo("pair");
            assertThat(f).as("repr").hasToString("frozenset({1, 2})");
            assertThat(PyFrozenSet.of()).as("repr of an empty frozenset").hasToString("frozenset()");
        }

        @Test
        @DisplayName("has CPython's exact hash (golden), for flat and nested frozensets")
        void cpythonHash() {
            assertThat(PyFrozenSet.of().pyHash()).as("hash(frozenset())").isEqualTo(133146708735736L);
            assertThat(PyFrozenSet.of(1L, 2L).pyHash()).as("hash(frozenset({1, 2}))").isEqualTo(-1826646154956904602L);
            Mismatches mismatches = new Mismatches("hash(frozenset(...)) (1, 1.0 and True hash alike, so any of them may be the element)");
            for (JsonObject recorded : Golden.cases("dicts", "sets.json")) {
                PyJson values = GoldenValues.forSets();
                PyFrozenSet a = new PyFrozenSet(values.decodeAll(recorded.get("a")));
                PyFrozenSet b = new PyFrozenSet(values.decodeAll(recorded.get("b")));
                String fa = "frozenset(" + PyJson.python(list(recorded, "a")) + ")";
                String fb = "frozenset(" + PyJson.python(list(recorded, "b")) + ")";
                mismatches.check("hash(" + fa + ")", recorded.get("hash_a").getAsLong(), a.pyHash());
                mismatches.check("hash(frozenset({" + fa + ", " + fb + ", 7}))", recorded.get("hash_nested").getAsLong(),
                        PyFrozenSet.of(a, b, 7L).pyHash());
            }
            mismatches.assertNone();
        }

        @Test
        @DisplayName("hashIgnoresInsertionOrder: any permutation of the same elements hashes the same")
        void hashIgnoresInsertionOrder() {
            qt().withExamples(300).forAll(lists().of(integers().between(-40, 40)).ofSizeBetween(0, 20), integers().all())
                    .checkAssert((items, seed) -> {
                        List<Object> shuffled = new ArrayList<>();
                        items.forEach(i -> shuffled.add((long) i * 8));
                        List<Object> original = new ArrayList<>(shuffled);
                        Collections.shuffle(shuffled, new java.util.Random(seed));
                        assertThat(new PyFrozenSet(shuffled).pyHash()).as("hash(frozenset(%s)) vs hash(frozenset(%s))", shuffled, original)
                                .isEqualTo(new PyFrozenSet(original).pyHash());
                    });
        }
    }

    // ---------------------------------------------------------------- model-based property

    /** add / discard / remove / contains on keys that collide; printed like Python. */
    record SetAction(int kind, int key) {
        Collide collide() {
            return new Collide("k" + key, key % 2 * 8);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case 0, 1 -> "s.add(k" + key + ")";
                case 2 -> "s.discard(k" + key + ")";
                case 3 -> "s.remove(k" + key + ")";
                case 4 -> "k" + key + " in s";
                default -> "s.clear()";
            };
        }
    }

    static Gen<SetAction> setActions() {
        return integers().between(0, 5).zip(integers().between(0, 9), SetAction::new);
    }

    @Test
    @DisplayName("behavesLikeHashSet: any script of add/discard/remove/in/clear on colliding elements")
    void behavesLikeHashSet() {
        qt().withExamples(300).forAll(lists().of(setActions()).ofSizeBetween(1, 60)).checkAssert(script -> {
            PySet s = PySet.of();
            Set<Collide> model = new HashSet<>();
            for (SetAction action : script) {
                Collide key = action.collide();
                Object expected;
                Object actual;
                switch (action.kind()) {
                    case 0, 1 -> {
                        model.add(key);
                        s.add(key);
                        expected = actual = null;
                    }
                    case 2 -> {
                        model.remove(key);
                        s.discard(key);
                        expected = actual = null;
                    }
                    case 3 -> {
                        expected = model.remove(key) ? null : "KeyError";
                        actual = removeOrKeyError(s, key);
                    }
                    case 4 -> {
                        expected = model.contains(key);
                        actual = s.contains(key);
                    }
                    default -> {
                        model.clear();
                        s.clear();
                        expected = actual = null;
                    }
                }
                assertThat(actual).as("result of %s in %s", action, script).isEqualTo(expected);
                Set<Object> elements = new HashSet<>();
                s.forEach(elements::add);
                assertThat(elements).as("elements after %s in %s", action, script).isEqualTo(model);
                assertThat(s.len()).as("len(s) after %s in %s", action, script).isEqualTo(model.size());
            }
        });
    }

    private static Object removeOrKeyError(PySet s, Collide key) {
        try {
            s.remove(key);
            return null;
        } catch (KeyError e) {
            return "KeyError";
        }
    }
}
