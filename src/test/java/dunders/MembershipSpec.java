package dunders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.IndexError;
import py.TypeError;

@DisplayName("The in operator")
@Tag("task-6")
class MembershipSpec {

    /** A class with only the old sequence protocol: __getitem__(i) until IndexError. */
    private static Instance sequence(List<Integer> items, List<Integer> asked) {
        return new Instance(new PyClass("Seq").define("__getitem__", (self, args) -> {
            int index = (Integer) args[0];
            asked.add(index);
            if (index >= items.size()) {
                throw new IndexError("list index out of range");
            }
            return items.get(index);
        }));
    }

    @Test
    @DisplayName("searches a list by identity, then by ==")
    void listMembership() {
        List<Object> items = List.of(1, "two", List.of(3));
        assertThat(Membership.contains(items, "two")).as("'two' in [1, 'two', [3]]").isTrue();
        assertThat(Membership.contains(items, new ArrayList<>(List.of(3)))).as("[3] in [1, 'two', [3]]: an equal list, not the same one").isTrue();
        assertThat(Membership.contains(items, 2)).as("2 in [1, 'two', [3]]").isFalse();
        assertThat(Membership.contains(List.of(), null)).as("None in []").isFalse();
    }

    @Test
    @DisplayName("uses __contains__ first and converts its answer to a bool")
    void containsFirst() {
        Instance two = new Instance(new PyClass("Two")
                .define("__contains__", (self, args) -> 2)
                .define("__iter__", (self, args) -> List.of().iterator()));
        assertThat(Membership.contains(two, "anything")).as("x in obj where __contains__ returns 2 (truthy)").isTrue();
    }

    @Test
    @DisplayName("falls back to iteration with __iter__")
    void iterationFallback() {
        Instance box = new Instance(new PyClass("Box").define("__iter__", (self, args) -> List.of(1, 2, 3).iterator()));
        assertThat(Membership.contains(box, 2)).as("2 in Box() iterating 1, 2, 3").isTrue();
        assertThat(Membership.contains(box, 9)).as("9 in Box() iterating 1, 2, 3").isFalse();
    }

    @Test
    @DisplayName("falls back to __getitem__ from 0 and stops at the first match")
    void getitemFallback() {
        List<Integer> asked = new ArrayList<>();
        assertThat(Membership.contains(sequence(List.of(5, 6, 7), asked), 6)).as("6 in Seq(5, 6, 7)").isTrue();
        assertThat(asked).as("indices asked before 6 was found").containsExactly(0, 1);
    }

    @Test
    @DisplayName("treats IndexError from __getitem__ as the end of the sequence")
    void indexErrorEnds() {
        List<Integer> asked = new ArrayList<>();
        assertThat(Membership.contains(sequence(List.of(5, 6), asked), 9)).as("9 in Seq(5, 6)").isFalse();
        assertThat(asked).as("indices asked: the IndexError at 2 ends the search").containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("raises TypeError when the object supports none of the three protocols")
    void notIterable() {
        assertThatThrownBy(() -> Membership.contains(new Instance(new PyClass("C")), 1), "1 in C()")
                .isInstanceOf(TypeError.class).hasMessage("argument of type 'C' is not iterable");
    }

    @Test
    @DisplayName("refuses an __iter__ that returns a non-iterator, with in's own message, not iter()'s")
    void iterMustReturnIterator() {
        Instance bad = new Instance(new PyClass("Bad").define("__iter__", (self, args) -> List.of(1, 2)));
        assertThatThrownBy(() -> Membership.contains(bad, 1), "1 in Bad() where __iter__ returns a list")
                .isInstanceOf(TypeError.class).hasMessage("argument of type 'Bad' is not iterable");
    }

    @Test
    @DisplayName("compares with ==, so an element whose __eq__ says True is found")
    void usesEquality() {
        Instance joker = new Instance(new PyClass("Joker").define("__eq__", (self, args) -> true));
        Instance box = new Instance(new PyClass("Box").define("__iter__", (self, args) -> List.of(joker).iterator()));
        assertThat(Membership.contains(box, 42)).as("42 in Box(joker) where joker == anything").isTrue();
    }

    @Test
    @DisplayName("through __getitem__ answers exactly as list membership does")
    void getitemProtocolAgreesWithList() {
        qt().forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 12), integers().between(0, 9))
                .checkAssert((items, item) -> assertThat(Membership.contains(sequence(items, new ArrayList<>()), item))
                        .as("%d in Seq%s", item, items).isEqualTo(items.contains(item)));
    }

    @Test
    @DisplayName("agrees with CPython's calls and results on 120 generated containers")
    void goldenMembership() {
        GoldenClasses.check("contains.json", (run, golden) ->
                Membership.contains(run.left, golden.get("item").getAsInt())).assertNone();
    }
}
