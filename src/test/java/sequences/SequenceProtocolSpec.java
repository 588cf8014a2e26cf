package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.IndexError;
import py.TypeError;
import py.ValueError;
import support.Golden;
import support.Mismatches;
import support.PyJson;

@DisplayName("The sequence protocol (collections.abc.Sequence)")
@Tag("task-3")
class SequenceProtocolSpec {

    /** A sequence over a Java list that counts how often getItem is called; len() may be made to lie. */
    static final class Counted<T> extends AbstractSequence<T> {
        final List<T> items;
        final int reportedLength;
        int getItemCalls;

        Counted(List<T> items) {
            this(items, items.size());
        }

        Counted(List<T> items, int reportedLength) {
            this.items = items;
            this.reportedLength = reportedLength;
        }

        @Override
        public T getItem(int index) {
            getItemCalls++;
            if (index < 0 || index >= items.size()) {
                throw new IndexError("index out of range");
            }
            return items.get(index);
        }

        @Override
        public int len() {
            return reportedLength;
        }
    }

    /** Like float('nan'): never equal to anything, itself included. */
    static final class NeverEqual {
        @Override
        public boolean equals(Object other) {
            return false;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static <T> List<T> drain(Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

    @Nested
    @DisplayName("an AbstractSequence with only getItem and len")
    class Derived {
        @Test
        @DisplayName("iterates by calling getItem(0), getItem(1), ... until IndexError, without asking len()")
        void iteratesUntilIndexError() {
            Counted<Integer> lying = new Counted<>(List.of(0, 10, 20), 2);
            assertThat(drain(lying.iterator()))
                    .as("len() says 2 but getItem serves 3 items: Sequence.__iter__ stops only at IndexError, so list(iter(s)) is [0, 10, 20]")
                    .containsExactly(0, 10, 20);
        }

        @Test
        @DisplayName("fetches items only as they are asked for")
        void iteratesLazily() {
            Counted<Integer> seq = new Counted<>(List.of(1, 2, 3, 4));
            Iterator<Integer> iterator = seq.iterator();
            assertThat(iterator.next()).as("next(iter(s))").isEqualTo(1);
            assertThat(seq.getItemCalls).as("getItem calls after one next(): iteration must not read ahead of what is asked").isLessThanOrEqualTo(2);
        }

        @Test
        @DisplayName("reverses using len(): len()-1 down to 0")
        void reversesWithLen() {
            Counted<Integer> lying = new Counted<>(List.of(0, 10, 20), 2);
            assertThat(drain(lying.reversed())).as("reversed(s) where len(s) is 2: Sequence.__reversed__ walks range(len(s)-1, -1, -1)")
                    .containsExactly(10, 0);
        }

        @Test
        @DisplayName("answers `in` by identity or equality and stops at the first match")
        void containsStopsEarly() {
            Counted<String> seq = new Counted<>(List.of("a", "b", "c", "d"));
            assertThat(seq.contains("b")).as("'b' in s").isTrue();
            assertThat(seq.getItemCalls).as("getItem calls for 'b' in s: stop at the first match").isEqualTo(2);
            assertThat(seq.contains("z")).as("'z' in s").isFalse();
            NeverEqual nan = new NeverEqual();
            assertThat(new Counted<Object>(List.of(1, nan)).contains(nan))
                    .as("nan in [1, nan] is True: Python checks `v is value or v == value`, identity first").isTrue();
        }

        @Test
        @DisplayName("counts and finds items, with a bare ValueError when index() finds nothing")
        void indexAndCount() {
            Counted<String> seq = new Counted<>(List.of("a", "b", "c", "a", "b"));
            assertThat(seq.count("b")).as("s.count('b')").isEqualTo(2);
            assertThat(seq.index("b")).as("s.index('b')").isEqualTo(1);
            assertThat(seq.index("b", 2, null)).as("s.index('b', 2)").isEqualTo(4);
            assertThat(seq.index("b", -3, null)).as("s.index('b', -3): a negative start counts from the end").isEqualTo(4);
            assertThat(seq.index("a", 0, -1)).as("s.index('a', 0, -1)").isEqualTo(0);
            assertThatThrownBy(() -> seq.index("a", 1, 3), "s.index('a', 1, 3)").isInstanceOf(ValueError.class).hasMessage("");
            assertThatThrownBy(() -> seq.index("z"), "s.index('z'): Sequence.index raises a bare ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("");
        }
    }

    @Test
    @DisplayName("agrees with CPython's Sequence.index and count on 600 random cases, half of them mixing 1, 1.0, True, 0.0, -0.0 and nan")
    void goldenIndex() {
        Mismatches mismatches = new Mismatches("Sequence.index and count");
        for (JsonObject recorded : Golden.cases("sequences", "index.json")) {
            JsonObject items = new JsonObject();
            items.add("list", recorded.get("items"));
            JsonElement value = recorded.get("value");
            int start = recorded.get("start").getAsInt();
            JsonElement stopJson = recorded.get("stop");
            Integer stop = stopJson == null || stopJson.isJsonNull() ? null : stopJson.getAsInt();
            String seq = "s = Seq(" + PyJson.python(items) + "); ";
            String target = PyJson.python(value);
            Outcome.of(recorded.getAsJsonObject("index")).check(mismatches, seq + "s.index(" + target + ", " + start + ", " + stop + ")",
                    () -> {
                        PyJson values = GoldenValues.decoder();
                        return sequence(values, recorded).index(values.decode(value), start, stop);
                    }, i -> i);
            new Outcome(recorded.get("count"), null, null).check(mismatches, seq + "s.count(" + target + ")",
                    () -> {
                        PyJson values = GoldenValues.decoder();
                        return sequence(values, recorded).count(values.decode(value));
                    }, n -> n);
        }
        mismatches.assertNone();
    }

    /** The case's items, decoded by the decoder that also decodes its value: one {"nan": n} is one object in both. */
    private static Counted<Object> sequence(PyJson values, JsonObject recorded) {
        List<Object> items = new ArrayList<>();
        recorded.getAsJsonArray("items").forEach(item -> items.add(values.decode(item)));
        return new Counted<>(items);
    }

    @Test
    @DisplayName("law: every derived method agrees with a Java list holding the same items")
    void derivedMethodsAgreeWithList() {
        qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 10), integers().between(0, 6))
                .checkAssert((items, value) -> {
                    Counted<Integer> seq = new Counted<>(items);
                    List<Integer> backwards = new ArrayList<>(items);
                    Collections.reverse(backwards);
                    assertThat(drain(seq.iterator())).as("list(s) for s = %s", items).isEqualTo(items);
                    assertThat(drain(seq.reversed())).as("list(reversed(s)) for s = %s", items).isEqualTo(backwards);
                    assertThat(seq.contains(value)).as("%d in %s", value, items).isEqualTo(items.contains(value));
                    assertThat(seq.count(value)).as("%s.count(%d)", items, value).isEqualTo(Collections.frequency(items, value));
                    if (items.contains(value)) {
                        assertThat(seq.index(value)).as("%s.index(%d)", items, value).isEqualTo(items.indexOf(value));
                    }
                });
    }

    @Nested
    @DisplayName("the notes' Group, fixed")
    class Groups {
        private final Group group = new Group("user", "com", List.of("Sancho", "San", "Cho"));

        @Test
        @DisplayName("is a sequence of staff names: len, in, iteration, reversed")
        void isASequence() {
            assertThat(group.len()).as("len(group): the notes' Group has no __len__ and raises TypeError; ours has one").isEqualTo(3);
            assertThat(group.contains("San")).as("'San' in group").isTrue();
            assertThat(drain(group.iterator())).as("list(group)").containsExactly("Sancho", "San", "Cho");
            assertThat(drain(group.reversed())).as("list(reversed(group))").containsExactly("Cho", "San", "Sancho");
            assertThat(group.getItem(-1)).as("the last staff name").isEqualTo("Cho");
        }

        @Test
        @DisplayName("returns a new Group with the same names for a slice")
        void sliceGivesAGroup() {
            Group sub = group.subscript(new PySlice(null, null, -1));
            assertThat(sub).as("group[::-1] is a new Group").isNotSameAs(group);
            assertThat(List.of(sub.groupName(), sub.companyName())).as("group[::-1] keeps the names").containsExactly("user", "com");
            assertThat(sub.staffs()).as("group[::-1].staffs").containsExactly("Cho", "San", "Sancho");
            assertThat(group.subscript(new PySlice(1, null)).staffs()).as("group[1:].staffs").containsExactly("San", "Cho");
            assertThat(group.staffs()).as("group.staffs after slicing").containsExactly("Sancho", "San", "Cho");
        }

        @Test
        @DisplayName("returns a one-staff Group for an int, and IndexError past the end")
        void intGivesAGroup() {
            assertThat(group.subscript(0).staffs()).as("group[0].staffs").containsExactly("Sancho");
            assertThat(group.subscript(-1).staffs()).as("group[-1].staffs").containsExactly("Cho");
            assertThat(group.subscript(1).groupName()).as("group[1].group_name").isEqualTo("user");
            assertThatThrownBy(() -> group.subscript(3), "group[3]").isInstanceOf(IndexError.class).hasMessage("list index out of range");
        }

        @Test
        @DisplayName("refuses any other key with TypeError instead of returning None")
        void refusesOtherKeys() {
            assertThatThrownBy(() -> group.subscript("x"), "group['x']: the notes' __getitem__ silently returns None")
                    .isInstanceOf(TypeError.class).hasMessage("Group indices must be integers or slices, not str");
            assertThatThrownBy(() -> group.subscript(1.5), "group[1.5]")
                    .isInstanceOf(TypeError.class).hasMessage("Group indices must be integers or slices, not float");
        }
    }
}
