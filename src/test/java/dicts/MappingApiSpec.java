package dicts;

import static dicts.Kw.kw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import py.KeyError;
import py.TypeError;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@Tag("task-3")
@DisplayName("PyDict: the MutableMapping API")
class MappingApiSpec {

    private static PyDict abc() {
        PyDict d = new PyDict();
        d.setItem("a", 1);
        d.setItem("b", 2);
        d.setItem("c", 3);
        return d;
    }

    @Nested
    @DisplayName("reading")
    class Reading {
        @Test
        @DisplayName("get returns None or the given default for a missing key, without raising")
        void get() {
            PyDict d = abc();
            assertThat(d.get("a")).as("d.get('a')").isEqualTo(1);
            assertThat(d.get("zz")).as("d.get('zz')").isNull();
            assertThat(d.get("zz", "dflt")).as("d.get('zz', 'dflt')").isEqualTo("dflt");
            assertThat(d.get("a", "dflt")).as("d.get('a', 'dflt')").isEqualTo(1);
        }

        @Test
        @DisplayName("setdefault returns the existing value, or inserts and returns the default")
        void setdefault() {
            PyDict d = abc();
            assertThat(d.setdefault("a", 99)).as("d.setdefault('a', 99)").isEqualTo(1);
            List<Object> fresh = new ArrayList<>();
            assertThat(d.setdefault("z", fresh)).as("d.setdefault('z', []) returns the very object it stored").isSameAs(fresh);
            assertThat(d.getItem("z")).isSameAs(fresh);
            assertThat(d.keys()).as("keys after setdefault('z', ...)").containsExactly("a", "b", "c", "z");
        }
    }

    @Nested
    @DisplayName("removing")
    class Removing {
        @Test
        @DisplayName("pop returns the value, or the default, or raises KeyError with the key")
        void pop() {
            PyDict d = abc();
            assertThat(d.pop("b")).as("d.pop('b')").isEqualTo(2);
            assertThat(d.pop("b", "gone")).as("d.pop('b', 'gone') after it was popped").isEqualTo("gone");
            assertThatThrownBy(() -> d.pop("b"), "d.pop('b') after it was popped").isInstanceOf(KeyError.class).hasMessage("'b'");
            assertThat(d.keys()).containsExactly("a", "c");
        }

        @Test
        @DisplayName("popitem removes the most recent pair (LIFO), and an empty dict raises KeyError")
        void popitem() {
            PyDict d = abc();
            d.setItem("a", 10);
            assertThat(d.popitem()).as("d.popitem(): the last inserted key, not the last assigned one")
                    .isEqualTo(new AbstractMap.SimpleImmutableEntry<>("c", 3));
            assertThat(d.popitem()).isEqualTo(new AbstractMap.SimpleImmutableEntry<>("b", 2));
            assertThat(d.popitem()).isEqualTo(new AbstractMap.SimpleImmutableEntry<>("a", 10));
            assertThatThrownBy(d::popitem, "{}.popitem()").isInstanceOf(KeyError.class).hasMessage("'popitem(): dictionary is empty'");
        }

        @Test
        @DisplayName("keeps holes in the dense entries until the next resize, and popitem trims them")
        void holes() {
            PyDict d = new PyDict();
            IntStream.range(0, 6).forEach(i -> d.setItem((long) i * 8, i));
            d.delItem(8L);
            assertThat(d.entryCount()).as("entries used after one del: the hole stays").isEqualTo(6);
            d.popitem();
            assertThat(d.entryCount()).as("after popitem the last entry is dropped").isEqualTo(5);
            assertThat(d.indexTable()).as("indices after del d[8] and popitem()")
                    .containsExactly(0, 2, 4, -1, -1, -1, -1, -1, -2, 3, -2, -1, -1, -1, -1, -1);
        }

        @Test
        @Tag("task-2") // clear() is task 2's: the lowest tag wins over the class's task 3
        @DisplayName("clear empties the dict, which stays usable")
        void clear() {
            PyDict d = abc();
            d.clear();
            assertThat(d.len()).as("len(d) after clear()").isZero();
            d.setItem("x", 1);
            assertThat(d).as("after clear() and d['x'] = 1").hasToString("{'x': 1}");
        }
    }

    @Nested
    @DisplayName("update")
    class Update {
        @Test
        @DisplayName("accepts another dict, pairs, and keyword-like pairs, in order, last value winning")
        void sources() {
            PyDict d = abc();
            PyDict other = new PyDict();
            other.setItem("b", 20);
            other.setItem("d", 4);
            d.update(other);
            d.update(List.of(List.of("e", 5), new Object[] {"a", 100}, Map.entry("f", 6)));
            d.update(kw("g", 7), kw("b", 200));
            assertThat(d).as("after update(dict), update(pairs), update(g=7, b=200)")
                    .hasToString("{'a': 100, 'b': 200, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}");
            d.update(List.of("xy"));
            assertThat(d.getItem("x")).as("d.update(['xy']): a 2-character string is a pair too").isEqualTo("y");
        }

        @Test
        @DisplayName("rejects elements that are not pairs, naming the element's position")
        void badPairs() {
            PyDict d = new PyDict();
            assertThatThrownBy(() -> d.update(List.of(List.of(1, 2), List.of(3))), "d.update([[1, 2], [3]])")
                    .isInstanceOf(ValueError.class).hasMessage("dictionary update sequence element #1 has length 1; 2 is required");
            assertThatThrownBy(() -> d.update(List.of(1L)), "d.update([1])")
                    .isInstanceOf(TypeError.class).hasMessage("cannot convert dictionary update sequence element #0 to a sequence");
        }

        @Test
        @Tag("task-2") // the constructor is task 2's
        @DisplayName("the constructor takes keyword-like pairs")
        void constructor() {
            assertThat(new PyDict(kw("one", 1), kw("two", 2))).as("dict(one=1, two=2)").hasToString("{'one': 1, 'two': 2}");
        }
    }

    @Nested
    @DisplayName("copies")
    class Copies {
        @Test
        @DisplayName("copy is shallow: a new dict holding the same value objects")
        void shallowCopy() {
            PyDict d = new PyDict();
            List<Object> inner = new ArrayList<>();
            d.setItem("list", inner);
            PyDict copy = d.copy();
            assertThat(copy).as("d.copy() is a new dict").isNotSameAs(d);
            assertThat(copy.getItem("list")).as("d.copy()['list'] is d['list']: copy() does not copy values").isSameAs(inner);
            copy.setItem("new", 1);
            assertThat(d.contains("new")).as("adding to the copy leaves the original alone").isFalse();
        }

        @Test
        @DisplayName("fromkeys shares ONE value object among all keys (the fromkeys trap)")
        void fromkeysTrap() {
            List<Object> shared = new ArrayList<>();
            PyDict d = PyDict.fromkeys(List.of("a", "b", "c"), shared);
            assertThat(d.keys()).as("dict.fromkeys('abc', [])").containsExactly("a", "b", "c");
            assertThat(d.getItem("a")).as("d['a'] is d['c']: fromkeys evaluates its value once").isSameAs(d.getItem("c"));
            @SuppressWarnings("unchecked")
            List<Object> viaA = (List<Object>) d.getItem("a");
            viaA.add(1);
            assertThat(d).as("after d['a'].append(1)").hasToString("{'a': [1], 'b': [1], 'c': [1]}");
        }
    }

    @Nested
    @DisplayName("an empty dict")
    class EmptyDict {
        @Test
        @DisplayName("answers pop without hashing the key: {}.pop([1]) is KeyError([1]), {}.pop([1], 5) is 5")
        void popDoesNotHash() {
            List<Object> unhashable = new ArrayList<>(List.of(1L));
            assertThatExceptionOfType(KeyError.class).as("{}.pop([1]): an empty dict is not searched, so [1] is never hashed")
                    .isThrownBy(() -> new PyDict().pop(unhashable)).withMessage("[1]");
            assertThat(new PyDict().pop(unhashable, 5L)).as("{}.pop([1], 5)").isEqualTo(5L);
            PyDict emptied = abc();
            emptied.clear();
            assertThatExceptionOfType(KeyError.class).as("d = {'a': 1, 'b': 2, 'c': 3}; d.clear(); d.pop([1])")
                    .isThrownBy(() -> emptied.pop(unhashable)).withMessage("[1]");
        }

        @Test
        @DisplayName("still hashes for d[k], del d[k], k in d, get and setdefault, and pop hashes once the dict has keys")
        void otherCallsHash() {
            List<Object> unhashable = new ArrayList<>(List.of(1L));
            PyDict empty = new PyDict();
            Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
            calls.put("{}[[1]]", () -> empty.getItem(unhashable));
            calls.put("del {}[[1]]", () -> empty.delItem(unhashable));
            calls.put("[1] in {}", () -> empty.contains(unhashable));
            calls.put("{}.get([1])", () -> empty.get(unhashable));
            calls.put("{}.setdefault([1], 5)", () -> empty.setdefault(unhashable, 5L));
            calls.put("{'a': 1, 'b': 2, 'c': 3}.pop([1])", () -> abc().pop(unhashable));
            calls.put("{'a': 1, 'b': 2, 'c': 3}.pop([1], 5)", () -> abc().pop(unhashable, 5L));
            calls.forEach((python, call) -> assertThatExceptionOfType(TypeError.class).as(python)
                    .isThrownBy(call).withMessage("unhashable type: 'list'"));
        }
    }

    @Nested
    @DisplayName("CPython's layout")
    class Layout {
        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS)
        @DisplayName("matches CPython 3.11's index array after every call of 400 scripts of the whole API, update, copy and fromkeys included")
        void matchesCPython() {
            Mismatches mismatches = new Mismatches("dict scripts (result, repr, index array and entries after each step;"
                    + " update, copy and fromkeys size and copy tables as the lesson's task 3 says)");
            Golden.cases("dicts", "dict_api_layout.json").forEach(recorded -> LayoutScript.replay(recorded, mismatches));
            mismatches.assertNone();
        }
    }

    // ---------------------------------------------------------------- model-based property

    /** One step of a script against a dict, printed the way Python would write it. */
    record Action(int kind, int key, int value) {
        static final int KEYS = 8;

        /** Keys k0..k7 hash to 0, 8 or 16: in any small table they all start at slot 0. */
        Collide collide() {
            return new Collide("k" + key, key % 3 * 8);
        }

        @Override
        public String toString() {
            String k = "k" + key;
            return switch (kind) {
                case 0, 1 -> "d[" + k + "] = " + value;
                case 2 -> "d.get(" + k + ")";
                case 3 -> "del d[" + k + "]";
                case 4 -> "d.setdefault(" + k + ", " + value + ")";
                case 5 -> "d.pop(" + k + ", None)";
                case 6 -> "d.popitem()";
                case 7 -> "d.update([(" + k + ", " + value + "), (k" + (key + 1) % KEYS + ", " + value + ")])";
                default -> "d.clear()";
            };
        }
    }

    static Gen<Action> actions() {
        return integers().between(0, 8).zip(integers().between(0, Action.KEYS - 1), integers().between(0, 99), Action::new);
    }

    @Test
    @DisplayName("behavesLikeLinkedHashMap: any script of put/get/del/setdefault/pop/popitem/update/clear on colliding keys")
    void behavesLikeLinkedHashMap() {
        qt().withExamples(300).forAll(lists().of(actions()).ofSizeBetween(1, 60)).checkAssert(script -> {
            PyDict d = new PyDict();
            Map<Collide, Integer> model = new LinkedHashMap<>();
            for (Action action : script) {
                Object expected = step(model, action);
                Object actual = step(d, action);
                assertThat(actual).as("result of %s in %s", action, script).isEqualTo(expected);
                assertThat(d.keys()).as("keys (in order) after %s in %s", action, script).isEqualTo(new ArrayList<>(model.keySet()));
                assertThat(d.values()).as("values after %s in %s", action, script).isEqualTo(new ArrayList<>(model.values()));
            }
        });
    }

    private static Object step(Map<Collide, Integer> model, Action action) {
        Collide key = action.collide();
        switch (action.kind()) {
            case 0, 1 -> model.put(key, action.value());
            case 2 -> {
                return model.get(key);
            }
            case 3 -> {
                return model.remove(key) == null ? "KeyError" : null;
            }
            case 4 -> {
                return model.putIfAbsent(key, action.value()) == null ? action.value() : model.get(key);
            }
            case 5 -> {
                return model.remove(key);
            }
            case 6 -> {
                if (model.isEmpty()) {
                    return "KeyError";
                }
                Collide last = new ArrayList<>(model.keySet()).get(model.size() - 1);
                return last + "=" + model.remove(last);
            }
            case 7 -> {
                model.put(key, action.value());
                model.put(new Action(0, (action.key() + 1) % Action.KEYS, 0).collide(), action.value());
            }
            default -> model.clear();
        }
        return null;
    }

    private static Object step(PyDict d, Action action) {
        Collide key = action.collide();
        switch (action.kind()) {
            case 0, 1 -> d.setItem(key, action.value());
            case 2 -> {
                return d.get(key);
            }
            case 3 -> {
                try {
                    d.delItem(key);
                    return null;
                } catch (KeyError e) {
                    return "KeyError";
                }
            }
            case 4 -> {
                return d.setdefault(key, action.value());
            }
            case 5 -> {
                return d.pop(key, null);
            }
            case 6 -> {
                try {
                    Map.Entry<Object, Object> item = d.popitem();
                    return item.getKey() + "=" + item.getValue();
                } catch (KeyError e) {
                    return "KeyError";
                }
            }
            case 7 -> d.update(List.of(List.of(key, action.value()),
                    List.of(new Action(0, (action.key() + 1) % Action.KEYS, 0).collide(), action.value())));
            default -> d.clear();
        }
        return null;
    }
}
