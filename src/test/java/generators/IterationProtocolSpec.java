package generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import py.IndexError;
import py.PyBaseException;
import py.StopIteration;
import py.TypeError;
import support.Golden;
import support.Mismatches;

@DisplayName("The iteration protocol: iter(), next() and list()")
@Tag("task-1")
class IterationProtocolSpec {

    /** Only {@code __getitem__}: items 0..limit-1 are i*i, then IndexError (or StopIteration). */
    static final class Seq implements PyGetItem {
        int limit;
        final boolean stopWithStopIteration;
        final List<Integer> asked = new ArrayList<>();

        Seq(int limit, boolean stopWithStopIteration) {
            this.limit = limit;
            this.stopWithStopIteration = stopWithStopIteration;
        }

        @Override
        public Object __getitem__(int index) {
            asked.add(index);
            if (index < limit) {
                return index * index;
            }
            if (stopWithStopIteration) {
                throw new StopIteration();
            }
            throw new IndexError("seq index out of range");
        }
    }

    /** {@code __iter__} returns a list: not an iterator. */
    static final class ReturnsList implements PyIterable {
        @Override
        public Object __iter__() {
            return List.of(1, 2);
        }
    }

    /** Neither {@code __iter__} nor {@code __getitem__}. */
    static final class Opaque {
    }

    /** The notes' Company, with only {@code __getitem__}. */
    static final class Company implements PyGetItem {
        final List<String> employees;

        Company(List<String> employees) {
            this.employees = employees;
        }

        @Override
        public Object __getitem__(int index) {
            if (index >= employees.size()) {
                throw new IndexError("list index out of range");
            }
            return employees.get(index);
        }
    }

    @Nested
    @DisplayName("iter() on an object with only __getitem__")
    class GetItemFallback {
        @Test
        @DisplayName("iterates the notes' Company from index 0 until IndexError")
        void companyIterates() {
            Company company = new Company(List.of("Sancho", "Cat", "Dog"));
            assertThat(Iteration.toList(company)).as("list(Company(['Sancho', 'Cat', 'Dog']))")
                    .containsExactly("Sancho", "Cat", "Dog");
        }

        @Test
        @DisplayName("returns a separate iterator object; it does not add __next__ to the sequence")
        void separateIterator() {
            Company company = new Company(List.of("Sancho"));
            PyIterator first = Iteration.iter(company);
            PyIterator second = Iteration.iter(company);
            assertThat((Object) first).as("iter(company) is a new object, not company itself (the notes say iter() 'adds __next__')")
                    .isNotSameAs(company);
            assertThat(first).as("two iter(company) calls give two independent iterators").isNotSameAs(second);
            assertThat(first.__next__()).as("next(first)").isEqualTo("Sancho");
            assertThat(second.__next__()).as("next(second) starts from index 0 again").isEqualTo("Sancho");
            assertThatThrownBy(() -> Iteration.next(company), "next(company): the sequence itself is still not an iterator")
                    .isInstanceOf(TypeError.class).hasMessage("'Company' object is not an iterator");
        }

        @Test
        @DisplayName("also stops on a StopIteration raised by __getitem__")
        void stopIterationEndsToo() {
            assertThat(Iteration.toList(new Seq(3, true))).as("list(seq) where seq[3] raises StopIteration")
                    .containsExactly(0, 1, 4);
        }

        @ParameterizedTest(name = "ended by {0}")
        @ValueSource(strings = {"IndexError", "StopIteration"})
        @DisplayName("stays exhausted once it has ended, even if the sequence grows afterwards")
        void exhaustedStaysExhausted(String endedBy) {
            Seq seq = new Seq(2, endedBy.equals("StopIteration"));
            PyIterator it = Iteration.iter(seq);
            assertThat(List.of(it.__next__(), it.__next__())).as("the first two items").containsExactly(0, 1);
            assertThatExceptionOfType(StopIteration.class).as("seq[2] raised %s, so next(it) raises StopIteration", endedBy)
                    .isThrownBy(it::__next__);
            seq.limit = 10;
            int askedBefore = seq.asked.size();
            assertThatThrownBy(it::__next__, "CPython's iterator drops the sequence at the end: no second chance")
                    .isInstanceOf(StopIteration.class);
            assertThat(seq.asked).as("an exhausted iterator must not call __getitem__ again").hasSize(askedBefore);
        }

        @Test
        @DisplayName("lets any other exception from __getitem__ through")
        void otherErrorsPropagate() {
            PyGetItem broken = index -> {
                throw new TypeError("broken item");
            };
            assertThatThrownBy(() -> Iteration.toList(broken), "only IndexError and StopIteration end the loop")
                    .isInstanceOf(TypeError.class).hasMessage("broken item");
        }
    }

    @Nested
    @DisplayName("iter() and next() on the wrong things")
    class Errors {
        @Test
        @DisplayName("refuses an object with neither __iter__ nor __getitem__: 'X' object is not iterable")
        void notIterable() {
            assertThatThrownBy(() -> Iteration.iter(new Opaque()), "iter(Opaque()): CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'Opaque' object is not iterable");
            assertThatThrownBy(() -> Iteration.iter(42), "iter(42): CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'int' object is not iterable");
            assertThatThrownBy(() -> Iteration.iter(2.5), "iter(2.5): CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'float' object is not iterable");
            assertThatThrownBy(() -> Iteration.iter(true), "iter(True): CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'bool' object is not iterable");
        }

        @Test
        @DisplayName("checks what __iter__ returned at once: iter() returned non-iterator of type 'list'")
        void nonIterator() {
            assertThatThrownBy(() -> Iteration.iter(new ReturnsList()),
                    "iter(ReturnsList()), whose __iter__ returns a list: CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("iter() returned non-iterator of type 'list'");
        }

        @Test
        @DisplayName("next() needs an iterator, not an iterable: 'list' object is not an iterator")
        void nextNeedsIterator() {
            assertThatThrownBy(() -> Iteration.next(List.of(1)), "next([1]): CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'list' object is not an iterator");
            assertThatThrownBy(() -> Iteration.next(null), "next(None): CPython raises TypeError")
                    .isInstanceOf(TypeError.class).hasMessage("'NoneType' object is not an iterator");
            assertThatThrownBy(() -> Iteration.next("abc"), "a str is iterable, but not an iterator")
                    .isInstanceOf(TypeError.class).hasMessage("'str' object is not an iterator");
            assertThatThrownBy(() -> Iteration.next(Map.of("k", 1)), "nor is a dict")
                    .isInstanceOf(TypeError.class).hasMessage("'dict' object is not an iterator");
        }
    }

    @Test
    @DisplayName("hands back an iterator itself: iter(it) is it")
    void iteratorReturnsItself() {
        PyIterator it = Iteration.iter(List.of(1, 2, 3));
        assertThat(Iteration.iter(it)).as("iter(it) for an iterator must be it").isSameAs(it);
        assertThat(Iteration.next(it)).as("next(iter([1, 2, 3]))").isEqualTo(1);
        assertThat(Iteration.toList(it)).as("list(it) continues where next() stopped").containsExactly(2, 3);
    }

    @Test
    @DisplayName("listOfGetItemSequenceAsksEachIndexOnce: list(seq) asks 0..n exactly once each")
    void listOfGetItemSequenceAsksEachIndexOnce() {
        qt().forAll(integers().between(0, 30), integers().between(0, 1)).checkAssert((limit, stop) -> {
            Seq seq = new Seq(limit, stop == 1);
            List<Object> expected = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < limit; i++) {
                expected.add(i * i);
                indexes.add(i);
            }
            indexes.add(limit);
            assertThat(Iteration.toList(seq)).as("list(seq) with %d items", limit).isEqualTo(expected);
            assertThat(seq.asked).as("indexes asked of __getitem__").isEqualTo(indexes);
        });
    }

    @Test
    @DisplayName("agrees with CPython 3.11 on 300 generated iter()/next()/list() calls")
    void matchesCPython() {
        Mismatches mismatches = new Mismatches("iter()/next()/list() on generated objects");
        for (JsonObject golden : Golden.cases("generators", "iteration.json")) {
            String op = golden.get("op").getAsString();
            mismatches.check("x = " + golden.get("object") + "; " + pythonOf(op), golden.getAsJsonObject("result").toString(),
                    run(golden.getAsJsonObject("object"), op));
        }
        mismatches.assertNone();
    }

    /** What run(..., op) does, in Python. */
    private static String pythonOf(String op) {
        return switch (op) {
            case "list" -> "list(x)";
            case "next" -> "next(x)";
            case "iterThenNext" -> "it = iter(x); [next(it, '<stop>') for _ in range(14)]";
            default -> "it = iter(x); [it is x, iter(it) is it]";
        };
    }

    private static Object build(JsonObject spec) {
        return switch (spec.get("kind").getAsString()) {
            case "seq" -> new Seq(spec.get("limit").getAsInt(), spec.get("stop").getAsString().equals("StopIteration"));
            case "list" -> {
                List<Object> items = new ArrayList<>();
                for (JsonElement item : spec.getAsJsonArray("items")) {
                    items.add(item.getAsInt());
                }
                yield items;
            }
            case "returnsList" -> new ReturnsList();
            case "opaque" -> new Opaque();
            case "int" -> 42;
            default -> null;
        };
    }

    /** Runs one operation and renders its outcome as the fixture does. */
    private static String run(JsonObject spec, String op) {
        Object obj = build(spec);
        JsonObject result = new JsonObject();
        try {
            Object value = switch (op) {
                case "list" -> Iteration.toList(obj);
                case "next" -> Iteration.next(obj);
                case "iterThenNext" -> {
                    PyIterator it = Iteration.iter(obj);
                    List<Object> seen = new ArrayList<>();
                    for (int i = 0; i < 14; i++) {
                        try {
                            seen.add(Iteration.next(it));
                        } catch (StopIteration end) {
                            seen.add("<stop>");
                        }
                    }
                    yield seen;
                }
                default -> {
                    PyIterator it = Iteration.iter(obj);
                    yield List.of(it == obj, Iteration.iter(it) == it);
                }
            };
            result.add("value", new com.google.gson.Gson().toJsonTree(value));
        } catch (PyBaseException error) {
            result.addProperty("error", error.pythonType());
            result.addProperty("message", error.getMessage());
        }
        return result.toString();
    }
}
