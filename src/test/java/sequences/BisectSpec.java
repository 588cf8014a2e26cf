package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.IndexError;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@DisplayName("bisect on a sorted list")
@Tag("task-4")
class BisectSpec {

    record Person(String name, int age) {
    }

    @Nested
    @DisplayName("bisect_left, bisect_right and insort")
    class Basics {
        @Test
        @DisplayName("replay the notes: insort 3, 2, 1 gives [1, 2, 3]; bisect(…, 2) is 2 and bisect_left(…, 2) is 1")
        void notesExample() {
            List<Integer> list = new ArrayList<>();
            Bisect.insortRight(list, 3);
            Bisect.insortRight(list, 2);
            Bisect.insortRight(list, 1);
            assertThat(list).as("insort 3, then 2, then 1 into []").containsExactly(1, 2, 3);
            assertThat(Bisect.bisectRight(list, 2)).as("bisect.bisect([1, 2, 3], 2): after the equal item").isEqualTo(2);
            assertThat(Bisect.bisectLeft(list, 2)).as("bisect.bisect_left([1, 2, 3], 2): before the equal item").isEqualTo(1);
        }

        @Test
        @DisplayName("insort_left puts a new item before the equal ones, insort_right after them")
        void insortLeftBeforeEquals() {
            List<Rank> ranks = new ArrayList<>(List.of(new Rank(1, "a"), new Rank(2, "b"), new Rank(2, "c"), new Rank(3, "d")));
            Bisect.insortLeft(ranks, new Rank(2, "left"));
            Bisect.insortRight(ranks, new Rank(2, "right"));
            assertThat(ranks).extracting(Rank::name).as("insort_left(a, 2) then insort_right(a, 2) into ranks 1, 2, 2, 3, "
                    + "where items compare by rank only").containsExactly("a", "left", "b", "c", "right", "d");
        }

        /** Compares by rank alone, so that equal items can still be told apart by name. */
        record Rank(int rank, String name) implements Comparable<Rank> {
            @Override
            public int compareTo(Rank other) {
                return Integer.compare(rank, other.rank);
            }
        }

        @Test
        @DisplayName("searches only a[lo:hi]")
        void honoursLoAndHi() {
            List<Integer> list = List.of(1, 2, 2, 2, 3, 9);
            assertThat(Bisect.bisectLeft(list, 2, 2, null)).as("bisect_left(a, 2, lo=2)").isEqualTo(2);
            assertThat(Bisect.bisectRight(list, 2, 0, 2)).as("bisect_right(a, 2, hi=2)").isEqualTo(2);
            assertThat(Bisect.bisectRight(list, 100, 0, 4)).as("bisect_right(a, 100, hi=4)").isEqualTo(4);
            assertThat(Bisect.bisectLeft(list, 0, 3, null)).as("bisect_left(a, 0, lo=3): the answer is never below lo").isEqualTo(3);
        }

        @Test
        @DisplayName("refuses a negative lo with ValueError, and trusts hi until it reads past the end")
        void refusesBadBounds() {
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
            assertThatThrownBy(() -> Bisect.bisectLeft(list, 2, -1, null), "bisect_left(a, 2, lo=-1)")
                    .isInstanceOf(ValueError.class).hasMessage("lo must be non-negative");
            assertThatThrownBy(() -> Bisect.insortRight(list, 2, -1, null, x -> x), "insort_right(a, 2, lo=-1)")
                    .isInstanceOf(ValueError.class).hasMessage("lo must be non-negative");
            assertThatThrownBy(() -> Bisect.bisectLeft(list, 5, 0, 10), "bisect_left([1, 2, 3], 5, 0, 10)")
                    .isInstanceOf(IndexError.class).hasMessage("list index out of range");
            assertThat(Bisect.bisectLeft(list, 2, 0, 4)).as("bisect_left([1, 2, 3], 2, 0, 4): hi=4 is past the end, but the search never reads there").isEqualTo(1);
            assertThat(list).as("the list after the refused calls").containsExactly(1, 2, 3);
        }
    }

    @Nested
    @DisplayName("with key=")
    class Keys {
        private final List<Person> people = List.of(new Person("ann", 20), new Person("bob", 30), new Person("cy", 30), new Person("di", 40));

        @Test
        @DisplayName("compares key(item) with x as given: bisect does not apply key to x")
        void bisectComparesKeys() {
            assertThat(Bisect.bisectLeft(people, 30, 0, null, Person::age)).as("bisect_left(people, 30, key=age)").isEqualTo(1);
            assertThat(Bisect.bisectRight(people, 30, 0, null, Person::age)).as("bisect_right(people, 30, key=age)").isEqualTo(3);
        }

        @Test
        @DisplayName("insort applies key to x; insort_right is stable and insort_left puts x before its equals")
        void insortIsStable() {
            List<Person> right = new ArrayList<>(people);
            Bisect.insortRight(right, new Person("eve", 30), 0, null, Person::age);
            assertThat(right).extracting(Person::name).as("insort_right(people, eve(30), key=age): after bob and cy, who came first")
                    .containsExactly("ann", "bob", "cy", "eve", "di");
            List<Person> left = new ArrayList<>(people);
            Bisect.insortLeft(left, new Person("eve", 30), 0, null, Person::age);
            assertThat(left).extracting(Person::name).as("insort_left(people, eve(30), key=age): before bob and cy")
                    .containsExactly("ann", "eve", "bob", "cy", "di");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("agrees with CPython on bisect_left/right and insort_left/right for 800 random cases")
    void goldenBisect() {
        Mismatches mismatches = new Mismatches("bisect");
        for (JsonObject recorded : Golden.cases("sequences", "bisect.json")) {
            List<Integer> a = new ArrayList<>();
            recorded.getAsJsonArray("a").forEach(item -> a.add(item.getAsInt()));
            int x = recorded.get("x").getAsInt();
            int lo = recorded.get("lo").getAsInt();
            JsonElement hiJson = recorded.get("hi");
            Integer hi = hiJson == null || hiJson.isJsonNull() ? null : hiJson.getAsInt();
            String call = String.format("(%s, %d, lo=%d%s)", a, x, lo, hi == null ? "" : ", hi=" + hi);
            check(mismatches, "bisect_left" + call, recorded, "left", () -> Bisect.bisectLeft(a, x, lo, hi));
            check(mismatches, "bisect_right" + call, recorded, "right", () -> Bisect.bisectRight(a, x, lo, hi));
            check(mismatches, "a = " + a + "; insort_left" + call.replace(a.toString(), "a") + "; a", recorded, "insortLeft",
                    () -> inserted(a, (target, value) -> Bisect.insortLeft(target, value, lo, hi, v -> v), x));
            check(mismatches, "a = " + a + "; insort_right" + call.replace(a.toString(), "a") + "; a", recorded, "insortRight",
                    () -> inserted(a, (target, value) -> Bisect.insortRight(target, value, lo, hi, v -> v), x));
        }
        mismatches.assertNone();
    }

    private static List<Integer> inserted(List<Integer> a, BiConsumer<List<Integer>, Integer> insort, int x) {
        List<Integer> target = new ArrayList<>(a);
        insort.accept(target, x);
        return target;
    }

    private static void check(Mismatches mismatches, String call, JsonObject recorded, String key,
            java.util.function.Supplier<Object> javaCall) {
        Outcome.of(recorded.getAsJsonObject(key)).check(mismatches, call, javaCall, value -> value);
    }

    @Nested
    @DisplayName("laws against a sorted model")
    class Laws {
        @Test
        @DisplayName("bisect_left counts the items < x and bisect_right the items <= x")
        void bisectCountsSmallerItems() {
            qt().forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 15), integers().between(-1, 10))
                    .checkAssert((items, x) -> {
                        List<Integer> sorted = new ArrayList<>(items);
                        sorted.sort(Comparator.naturalOrder());
                        assertThat(Bisect.bisectLeft(sorted, x)).as("bisect_left(%s, %d)", sorted, x)
                                .isEqualTo((int) sorted.stream().filter(item -> item < x).count());
                        assertThat(Bisect.bisectRight(sorted, x)).as("bisect_right(%s, %d)", sorted, x)
                                .isEqualTo((int) sorted.stream().filter(item -> item <= x).count());
                    });
        }

        @Test
        @DisplayName("insort_right by key, one item at a time, is a stable sort")
        void insortRightIsAStableSort() {
            qt().forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 15)).checkAssert(codes -> {
                List<Person> arrivals = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    arrivals.add(new Person("p" + i, codes.get(i) % 4));
                }
                List<Person> insorted = new ArrayList<>();
                arrivals.forEach(person -> Bisect.insortRight(insorted, person, 0, null, Person::age));
                List<Person> stable = new ArrayList<>(arrivals);
                stable.sort(Comparator.comparingInt(Person::age));
                assertThat(insorted).as("insort_right each of %s by age vs a stable sort", arrivals).isEqualTo(stable);
            });
        }

        @Test
        @DisplayName("insort_left keeps the list sorted and puts each newcomer before its equals")
        void insortLeftKeepsOrder() {
            qt().forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 15)).checkAssert(codes -> {
                List<Person> insorted = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    Person person = new Person("p" + i, codes.get(i) % 4);
                    Bisect.insortLeft(insorted, person, 0, null, Person::age);
                    assertThat(insorted.indexOf(person)).as("position of %s after insort_left into %s", person, insorted)
                            .isEqualTo((int) insorted.stream().filter(other -> other.age() < person.age()).count());
                }
                List<Integer> ages = insorted.stream().map(Person::age).toList();
                assertThat(ages).as("ages after insort_left of %s", codes).isSorted();
            });
        }
    }
}
