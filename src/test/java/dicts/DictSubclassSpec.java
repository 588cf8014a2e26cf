package dicts;

import static dicts.Kw.kw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.KeyError;

@Tag("task-4")
@DisplayName("Subclassing dict")
class DictSubclassSpec {

    /** The notes' Mydict: doubles every value it is given through d[k] = v. */
    static final class DoublingDict extends PyDict {
        DoublingDict(Kw... kwargs) {
            super(kwargs);
        }

        @Override
        public void setItem(Object key, Object value) {
            super.setItem(key, (Integer) value * 2);
        }
    }

    /** The same override on the UserDict-like base. */
    static final class DoublingUserDict extends PyUserDict {
        DoublingUserDict(Kw... kwargs) {
            super(kwargs);
        }

        @Override
        public void setItem(Object key, Object value) {
            super.setItem(key, (Integer) value * 2);
        }
    }

    /**
     * These check PyDict's own members, which tasks 2 and 3 write; the task-N tags on them win over
     * the class's task 4, so each goes green with the task that can make it pass.
     */
    @Nested
    @DisplayName("a dict subclass overriding setItem")
    class DictSubclass {
        @Test
        @Tag("task-2")
        @DisplayName("is bypassed by the constructor: Mydict(one=1) is {'one': 1}")
        void constructorBypasses() {
            assertThat(new DoublingDict(kw("one", 1))).as("Mydict(one=1): dict's C __init__ stores directly, it never calls "
                    + "your __setitem__ (the method IS inherited: Mydict.__init__ is dict.__init__)").hasToString("{'one': 1}");
        }

        @Test
        @Tag("task-2")
        @DisplayName("is used by d[k] = v")
        void subscriptUsesIt() {
            DoublingDict d = new DoublingDict(kw("one", 1));
            d.setItem("one", 1);
            assertThat(d).as("my_dict['one'] = 1").hasToString("{'one': 2}");
        }

        @Test
        @Tag("task-3")
        @DisplayName("is bypassed by update and setdefault too")
        void updateBypasses() {
            DoublingDict d = new DoublingDict();
            d.update(kw("two", 2));
            PyDict other = new PyDict(kw("three", 3));
            d.update(other);
            d.update(List.of(List.of("four", 4)));
            assertThat(d.setdefault("five", 5)).as("setdefault returns the default it stored").isEqualTo(5);
            assertThat(d).as("update(two=2), update({'three': 3}), update([('four', 4)]), setdefault('five', 5) on a dict subclass")
                    .hasToString("{'two': 2, 'three': 3, 'four': 4, 'five': 5}");
        }
    }

    @Nested
    @DisplayName("a UserDict subclass overriding setItem")
    class UserDictSubclass {
        @Test
        @DisplayName("sees every write: constructor, update, setdefault and d[k] = v")
        void routesEverything() {
            DoublingUserDict d = new DoublingUserDict(kw("one", 1));
            assertThat(d).as("Mydict2(one=1) on UserDict: __init__ calls update, which calls self[k] = v").hasToString("{'one': 2}");
            d.update(kw("two", 2));
            d.update(new PyDict(kw("three", 3)));
            assertThat(d.setdefault("x", 3)).as("UserDict's setdefault returns the default, but stored it through setItem").isEqualTo(3);
            d.setItem("y", 5);
            assertThat(d).as("after update(two=2), update({'three': 3}), setdefault('x', 3), d['y'] = 5")
                    .hasToString("{'one': 2, 'two': 4, 'three': 6, 'x': 6, 'y': 10}");
            assertThat(d.data()).as("the real dict underneath, UserDict.data").hasToString(d.toString());
        }

        @Test
        @DisplayName("reads, deletes and raises KeyError like a dict")
        void reads() {
            PyUserDict d = new PyUserDict(kw("a", 1));
            assertThat(d.getItem("a")).isEqualTo(1);
            assertThat(d.contains("a")).as("'a' in d").isTrue();
            assertThat(d.contains("b")).as("'b' in d").isFalse();
            assertThat(d.setdefault("a", 9)).as("d.setdefault('a', 9) when d['a'] is 1 returns 1 and stores nothing").isEqualTo(1);
            assertThat(d.len()).as("len(d)").isEqualTo(1);
            assertThatThrownBy(() -> d.getItem("b"), "d['b']").isInstanceOf(KeyError.class).hasMessage("'b'");
            d.delItem("a");
            assertThat(d.len()).as("len(d) after del").isZero();
            List<Object> keys = new ArrayList<>();
            d.setItem("k", 0);
            d.forEach(keys::add);
            assertThat(keys).as("iterating a UserDict").containsExactly("k");
        }
    }

    @Test
    @DisplayName("a UserDict subclass's __missing__ answers d[k] for a missing key")
    void userDictMissing() {
        PyUserDict d = new PyUserDict() {
            @Override
            protected Object missing(Object key) {
                return "no " + key;
            }
        };
        assertThat(d.getItem("k")).as("d['k'] where __missing__ returns 'no ' + key").isEqualTo("no k");
        assertThat(d.contains("k")).as("'k' in d: this __missing__ stores nothing").isFalse();
    }

    @Test
    @Tag("task-3") // update(), not a task-4 member
    @DisplayName("update() with a dict seen only as an iterable still copies its pairs, not its keys")
    void updateWithADictAsIterable() {
        PyDict d = new PyDict();
        Iterable<?> other = new PyDict(kw("k", "v"));
        d.update(other);
        assertThat(d).as("d.update(other) where other = {'k': 'v'} is passed as a plain Iterable").hasToString("{'k': 'v'}");
    }

    @Nested
    @DisplayName("defaultdict")
    class DefaultDict {
        @Test
        @DisplayName("d[k] calls the factory, stores the result and returns it")
        void subscriptInserts() {
            PyDefaultDict d = new PyDefaultDict(ArrayList::new);
            Object value = d.getItem("bobby");
            assertThat(value).as("defaultdict(list)['bobby']").isEqualTo(List.of());
            assertThat(d.contains("bobby")).as("'bobby' in d after reading d['bobby']: __missing__ inserted it").isTrue();
            assertThat(d.getItem("bobby")).as("a second d['bobby'] returns the stored object, no new call").isSameAs(value);
            assertThat(d.defaultFactory()).as("default_factory").isNotNull();
        }

        @Test
        @DisplayName("get and 'in' never call __missing__")
        void getAndInDoNotInsert() {
            int[] calls = {0};
            PyDefaultDict d = new PyDefaultDict(() -> ++calls[0]);
            assertThat(d.get("x")).as("d.get('x') on a defaultdict").isNull();
            assertThat(d.contains("x")).as("'x' in d").isFalse();
            assertThat(d.get("x", "dflt")).as("d.get('x', 'dflt')").isEqualTo("dflt");
            assertThat(calls[0]).as("factory calls after get/in").isZero();
            assertThat(d.len()).as("len(d): nothing was inserted").isZero();
            assertThat(d.getItem("x")).as("d['x'] does call it").isEqualTo(1);
        }

        @Test
        @DisplayName("with default_factory None raises KeyError like a plain dict")
        void noFactory() {
            PyDefaultDict d = new PyDefaultDict(null);
            assertThatThrownBy(() -> d.getItem("k"), "defaultdict(None)['k']").isInstanceOf(KeyError.class).hasMessage("'k'");
            assertThat(d.len()).as("len(d) after the failed lookup").isZero();
        }

        @Test
        @DisplayName("stores the default through setItem, so a subclass sees it")
        void missingUsesSetItem() {
            List<Object> seen = new ArrayList<>();
            PyDefaultDict d = new PyDefaultDict(() -> 0) {
                @Override
                public void setItem(Object key, Object value) {
                    seen.add(key);
                    super.setItem(key, value);
                }
            };
            d.getItem("k");
            assertThat(seen).as("defaultdict.__missing__ does self[key] = value").containsExactly("k");
        }
    }
}
