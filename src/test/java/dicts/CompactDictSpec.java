package dicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static support.Raised.raised;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.KeyError;
import py.RuntimeError;
import py.TypeError;
import support.Golden;
import support.Mismatches;

@Tag("task-2")
@DisplayName("PyDict: a compact hash table")
class CompactDictSpec {

    @Nested
    @DisplayName("as a mapping")
    class Basics {
        @Test
        @DisplayName("stores, finds, replaces and deletes values by key")
        void getSetDel() {
            PyDict d = new PyDict();
            d.setItem("a", 1);
            d.setItem("b", 2);
            d.setItem("a", 3);
            assertThat(d.getItem("a")).as("d['a'] after d['a'] = 1; d['a'] = 3").isEqualTo(3);
            assertThat(d.len()).as("len(d) after setting 'a' twice and 'b' once").isEqualTo(2);
            d.delItem("a");
            assertThat(d.contains("a")).as("'a' in d after del d['a']").isFalse();
            assertThat(d.contains("b")).as("'b' in d").isTrue();
            assertThat(d.len()).as("len(d) after del").isEqualTo(1);
        }

        @Test
        @DisplayName("raises KeyError carrying the missing key, for d[k] and del d[k]")
        void keyError() {
            PyDict d = new PyDict();
            d.setItem("a", 1);
            KeyError missing = raised(KeyError.class, "d = {'a': 1}; d['zz']: CPython raises KeyError('zz')", () -> d.getItem("zz"));
            assertThat(missing).as("the KeyError of d['zz']: str(e) is the repr of the key").hasMessage("'zz'");
            assertThat(missing.key()).as("the key the KeyError of d['zz'] carries (e.args[0])").isEqualTo("zz");
            assertThatThrownBy(() -> d.delItem(7L), "del d[7]").isInstanceOf(KeyError.class).hasMessage("7");
        }

        @Test
        @DisplayName("refuses an unhashable key with TypeError: unhashable type: 'list'")
        void unhashableKey() {
            PyDict d = new PyDict();
            assertThatThrownBy(() -> d.setItem(new ArrayList<>(List.of(1)), 1), "{}[[1]] = 1")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'list'");
            assertThatThrownBy(() -> d.contains(new ArrayList<>()), "[] in {} hashes the key too")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'list'");
        }

        @Test
        @DisplayName("prints like a Python dict")
        void repr() {
            PyDict d = new PyDict();
            assertThat(d).as("repr({})").hasToString("{}");
            d.setItem("one", 1L);
            d.setItem(2L, null);
            d.setItem(true, "x");
            assertThat(d).as("repr of a dict").hasToString("{'one': 1, 2: None, True: 'x'}");
        }
    }

    @Nested
    @DisplayName("the hash/eq contract")
    class HashEq {
        @Test
        @DisplayName("keeps keys with equal hashes but unequal values apart")
        void equalHashesUnequalKeys() {
            PyDict d = new PyDict();
            Collide a = new Collide("a", 5);
            Collide b = new Collide("b", 5);
            d.setItem(a, 1);
            d.setItem(b, 2);
            assertThat(d.len()).as("two keys with hash 5 that are not equal").isEqualTo(2);
            assertThat(List.of(d.getItem(a), d.getItem(b))).as("d[a], d[b]").containsExactly(1, 2);
            assertThat(PyHash.hash(-1L)).as("hash(-1) == hash(-2) in CPython").isEqualTo(PyHash.hash(-2L));
            d.setItem(-1L, "minus one");
            d.setItem(-2L, "minus two");
            assertThat(d.getItem(-1L)).as("d[-1] next to d[-2], same hash").isEqualTo("minus one");
        }

        @Test
        @DisplayName("treats 1, 1.0 and True as one key: the first key object stays, the last value wins")
        void trueOneAndOnePointZero() {
            PyDict d = new PyDict();
            d.setItem(true, "a");
            d.setItem(1L, "b");
            d.setItem(1.0, "c");
            assertThat(d).as("{True: 'a', 1: 'b', 1.0: 'c'}").hasToString("{True: 'c'}");
            assertThat(d.keys().get(0)).as("the key object kept is the first one inserted").isEqualTo(Boolean.TRUE);
        }

        @Test
        @DisplayName("finds a key that probed past a deleted one (tombstones, not empty slots)")
        void tombstones() {
            PyDict d = new PyDict();
            Collide first = new Collide("first", 3);
            Collide second = new Collide("second", 3);
            d.setItem(first, 1);
            d.setItem(second, 2);
            d.delItem(first);
            assertThat(d.contains(second)).as("'second' collided with 'first' and sits further along the probe "
                    + "sequence; after del d[first] its slot must become a tombstone, not empty, or the search stops early").isTrue();
            assertThat(d.getItem(second)).isEqualTo(2);
            assertThat(d.indexTable()).as("index table after del: slot 3 holds the tombstone (-2)").contains(-2);
        }
    }

    @Nested
    @DisplayName("insertion order")
    class Order {
        @Test
        @DisplayName("survives any number of resizes (the notes' 'adding may reorder' is outdated since 3.7)")
        void survivesResizes() {
            PyDict d = new PyDict();
            List<Object> expected = new ArrayList<>();
            for (long i = 0; i < 1000; i++) {
                long key = (i * 7919) % 1000 * 64;   // keys sharing their low bits collide at every size
                d.setItem(key, i);
                expected.add(key);
            }
            assertThat(d.keys()).as("keys after 1000 inserts and several resizes").isEqualTo(expected);
            assertThat(d.indexTable()).as("index table size after 1000 inserts, as in CPython").hasSize(2048);
        }

        @Test
        @DisplayName("moves a deleted and re-inserted key to the end")
        void reinsertMovesToEnd() {
            PyDict d = new PyDict();
            for (String key : List.of("a", "b", "c")) {
                d.setItem(key, 0);
            }
            d.delItem("a");
            d.setItem("a", 1);
            assertThat(d.keys()).as("keys after del d['a']; d['a'] = 1").containsExactly("b", "c", "a");
            d.setItem("b", 5);
            assertThat(d.keys()).as("replacing a value keeps the key where it is").containsExactly("b", "c", "a");
        }
    }

    @Nested
    @DisplayName("the table layout")
    class Layout {
        @Test
        @DisplayName("starts as CPython's shared one-slot empty table and grows to 8 slots on the first insert")
        void emptyAndFirstInsert() {
            PyDict d = new PyDict();
            assertThat(d.indexTable()).as("indices of {}").containsExactly(-1);
            d.setItem(0L, "x");
            assertThat(d.indexTable()).as("indices of {0: 'x'}").containsExactly(0, -1, -1, -1, -1, -1, -1, -1);
            d.clear();
            assertThat(d.indexTable()).as("indices after clear()").containsExactly(-1);
            assertThat(d.entryCount()).as("entries after clear()").isZero();
        }

        @Test
        @DisplayName("perturbs the probe sequence with the high bits of the hash")
        void perturbation() {
            PyDict d = new PyDict();
            IntStream.range(0, 5).forEach(i -> d.setItem((long) i * 8, i));
            assertThat(d.indexTable()).as("indices after inserting 0, 8, 16, 24, 32 (all hash to slot 0 of 8): "
                    + "linear probing would give [0, 1, 2, 3, 4, ...]; CPython's i = 5*i + 1 + perturb gives this")
                    .containsExactly(0, 1, 4, -1, -1, -1, 2, 3);
            d.setItem(40L, 5);
            assertThat(d.indexTable()).as("the sixth insert exhausts the 5 usable slots: resize to 16 and rebuild")
                    .containsExactly(0, 2, 4, -1, -1, -1, -1, -1, 1, 3, 5, -1, -1, -1, -1, -1);
        }

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS)
        @DisplayName("matches CPython 3.11's index array, slot for slot, over 300 generated scripts of d[k] = v, del, d[k], in and clear")
        void matchesCPython() {
            Mismatches mismatches = new Mismatches("dict scripts (result, repr, index array and entries after each step)");
            Golden.cases("dicts", "dict_layout.json").forEach(recorded -> LayoutScript.replay(recorded, mismatches));
            mismatches.assertNone();
        }
    }

    @Nested
    @DisplayName("iteration")
    class Iteration {
        @Test
        @DisplayName("yields the keys in insertion order")
        void keysInOrder() {
            PyDict d = new PyDict();
            List.of("x", "a", "m").forEach(k -> d.setItem(k, 0));
            List<Object> seen = new ArrayList<>();
            for (Object key : d) {
                seen.add(key);
            }
            assertThat(seen).as("for k in d").containsExactly("x", "a", "m");
        }

        @Test
        @DisplayName("raises RuntimeError: dictionary changed size during iteration")
        void changedSize() {
            PyDict d = new PyDict();
            List.of("a", "b", "c").forEach(k -> d.setItem(k, 0));
            assertThatThrownBy(() -> {
                for (Object key : d) {
                    d.setItem(key + "!", 1);
                }
            }, "for key in d: d[key + '!'] = 1").isInstanceOf(RuntimeError.class).hasMessage("dictionary changed size during iteration");
            PyDict e = new PyDict();
            e.setItem("only", 0);
            Iterator<Object> it = e.iterator();
            it.next();
            e.delItem("only");
            assertThatThrownBy(it::hasNext, "deleting the last key, then asking for more")
                    .isInstanceOf(RuntimeError.class).hasMessage("dictionary changed size during iteration");
        }

        @Test
        @DisplayName("an exhausted iterator stays exhausted, even after the dict grows")
        void exhaustedStaysExhausted() {
            PyDict d = new PyDict();
            d.setItem("a", 1);
            Iterator<Object> it = d.iterator();
            assertThat(it.next()).as("next(it) on {'a': 1}").isEqualTo("a");
            assertThat(it.hasNext()).as("it after its last key").isFalse();
            d.setItem("b", 2);
            assertThat(it.hasNext()).as("it = iter(d); list(it); d['b'] = 2; next(it) raises StopIteration, not RuntimeError")
                    .isFalse();
        }

        @Test
        @DisplayName("raises RuntimeError: dictionary keys changed during iteration, when a del and an insert keep the size")
        void keysChanged() {
            PyDict d = new PyDict();
            d.setItem(1L, 1);
            d.setItem(2L, 2);
            Iterator<Object> it = d.iterator();
            assertThat(it.next()).isEqualTo(1L);
            d.delItem(1L);
            d.setItem(3L, 3);
            assertThat(it.next()).as("the iterator walks the entries by position: next is 2").isEqualTo(2L);
            assertThatThrownBy(it::next, "next(it) after del d[1]; d[3] = 3 kept the size").isInstanceOf(RuntimeError.class).hasMessage("dictionary keys changed during iteration");
        }
    }
}
