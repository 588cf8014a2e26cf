package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import py.IndexError;
import py.TypeError;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@DisplayName("Slicing a list")
@Tag("task-2")
class SlicingSpec {

    private static PyList range(int n) {
        return PyList.of(IntStream.range(0, n).boxed().toArray());
    }

    private static String show(int[] indices) {
        return "(" + indices[0] + ", " + indices[1] + ", " + indices[2] + ")";
    }

    @Nested
    @DisplayName("slice.indices(len)")
    class Indices {
        @Test
        @DisplayName("clamps out-of-range bounds to the sequence")
        void clampsBounds() {
            assertThat(show(new PySlice(-100, 100).indices(5))).as("slice(-100, 100).indices(5)").isEqualTo("(0, 5, 1)");
            assertThat(show(new PySlice(-2, null).indices(5))).as("slice(-2, None).indices(5)").isEqualTo("(3, 5, 1)");
        }

        @Test
        @DisplayName("defaults start to len-1 and stop to -1 for a negative step, not to 0 and len")
        void negativeStepDefaults() {
            assertThat(show(new PySlice(null, null, -1).indices(5))).as("slice(None, None, -1).indices(5)").isEqualTo("(4, -1, -1)");
            assertThat(show(new PySlice(10, null, -1).indices(5))).as("slice(10, None, -1).indices(5)").isEqualTo("(4, -1, -1)");
            assertThat(show(new PySlice(null, -100, -2).indices(5))).as("slice(None, -100, -2).indices(5)").isEqualTo("(4, -1, -2)");
        }

        @Test
        @DisplayName("refuses a zero step and a negative length with ValueError")
        void refusesBadArguments() {
            assertThatThrownBy(() -> new PySlice(1, 2, 0).indices(5), "slice(1, 2, 0).indices(5)")
                    .isInstanceOf(ValueError.class).hasMessage("slice step cannot be zero");
            assertThatThrownBy(() -> new PySlice(1, 2).indices(-1), "slice(1, 2).indices(-1)")
                    .isInstanceOf(ValueError.class).hasMessage("length should not be negative");
        }

        @Test
        @DisplayName("keeps start, stop and step as given, None included")
        void keepsFields() {
            PySlice slice = new PySlice(null, 3, -1);
            assertThat(new Object[] {slice.start(), slice.stop(), slice.step()}).as("slice(None, 3, -1).start/.stop/.step")
                    .containsExactly(null, 3, -1);
            assertThat(new PySlice(1, 2).step()).as("slice(1, 2).step").isNull();
        }
    }

    @Nested
    @DisplayName("lst[a:b:c], lst[a:b:c] = ..., del lst[a:b:c]")
    class ListSlices {
        @Test
        @DisplayName("reads a new list, forwards and backwards")
        void reads() {
            PyList lst = range(6);
            assertThat(lst.getSlice(new PySlice(1, 5, 2)).toList()).as("list(range(6))[1:5:2]").containsExactly(1, 3);
            assertThat(lst.getSlice(new PySlice(null, null, -2)).toList()).as("list(range(6))[::-2]").containsExactly(5, 3, 1);
            assertThat(lst.getSlice(new PySlice(null, null))).as("lst[:] is a copy, not lst").isNotSameAs(lst);
            assertThatThrownBy(() -> lst.getSlice(new PySlice(null, null, 0)), "lst[::0]")
                    .isInstanceOf(ValueError.class).hasMessage("slice step cannot be zero");
        }

        @Test
        @DisplayName("dispatches lst[key] on an int or a slice and refuses a str key")
        void getItemDispatches() {
            PyList lst = range(4);
            assertThat(lst.getItem(-1)).as("list(range(4))[-1]").isEqualTo(3);
            assertThat(((PyList) lst.getItem(new PySlice(2, null))).toList()).as("list(range(4))[2:]").containsExactly(2, 3);
            assertThatThrownBy(() -> lst.getItem("x"), "lst['x']")
                    .isInstanceOf(TypeError.class).hasMessage("list indices must be integers or slices, not str");
        }

        @Test
        @DisplayName("grows or shrinks the list through a simple slice assignment")
        void simpleAssignmentResizes() {
            PyList grown = range(3);
            grown.setSlice(new PySlice(0, 1), List.of(7, 8, 9));
            assertThat(grown.toList()).as("a = [0, 1, 2]; a[0:1] = [7, 8, 9]").containsExactly(7, 8, 9, 1, 2);
            PyList shrunk = range(5);
            shrunk.setSlice(new PySlice(1, 4, 1), List.of());
            assertThat(shrunk.toList()).as("a = [0, 1, 2, 3, 4]; a[1:4:1] = []  (step 1 counts as a simple slice)").containsExactly(0, 4);
        }

        @Test
        @DisplayName("inserts at start when a simple slice is empty because stop < start")
        void insertsAtStart() {
            PyList lst = range(5);
            lst.setSlice(new PySlice(3, 1), List.of("x"));
            assertThat(lst.toList()).as("a = [0, 1, 2, 3, 4]; a[3:1] = ['x'] inserts before index 3, not 1")
                    .containsExactly(0, 1, 2, "x", 3, 4);
        }

        @Test
        @DisplayName("needs exactly as many items as an extended slice selects")
        void extendedAssignmentKeepsLength() {
            PyList lst = range(4);
            lst.setSlice(new PySlice(null, null, -2), List.of("a", "b"));
            assertThat(lst.toList()).as("a = [0, 1, 2, 3]; a[::-2] = ['a', 'b']").containsExactly(0, "b", 2, "a");
            assertThatThrownBy(() -> lst.setSlice(new PySlice(null, null, 2), List.of(1, 2, 3)), "a[::2] = [1, 2, 3]")
                    .isInstanceOf(ValueError.class).hasMessage("attempt to assign sequence of size 3 to extended slice of size 2");
            assertThat(lst.toList()).as("the list after the refused assignment").containsExactly(0, "b", 2, "a");
        }

        @Test
        @DisplayName("reads the whole right-hand side first, so lst[:] = lst and lst[::-1] = lst work")
        void assignsItself() {
            PyList same = range(3);
            same.setSlice(new PySlice(null, null), same);
            assertThat(same.toList()).as("a = [0, 1, 2]; a[:] = a").containsExactly(0, 1, 2);
            PyList reversed = range(3);
            reversed.setSlice(new PySlice(null, null, -1), reversed);
            assertThat(reversed.toList()).as("a = [0, 1, 2]; a[::-1] = a").containsExactly(2, 1, 0);
        }

        @Test
        @DisplayName("refuses a non-iterable with the message for a simple or an extended slice")
        void refusesNonIterables() {
            PyList lst = range(3);
            assertThatThrownBy(() -> lst.setSlice(new PySlice(1, 2), 5), "a[1:2] = 5")
                    .isInstanceOf(TypeError.class).hasMessage("can only assign an iterable");
            assertThatThrownBy(() -> lst.setSlice(new PySlice(null, null, 2), 5), "a[::2] = 5")
                    .isInstanceOf(TypeError.class).hasMessage("must assign iterable to extended slice");
        }

        @Test
        @DisplayName("deletes a slice or one item in place")
        void deletes() {
            PyList lst = range(7);
            lst.delSlice(new PySlice(null, null, -3));
            assertThat(lst.toList()).as("a = list(range(7)); del a[::-3]").containsExactly(1, 2, 4, 5);
            lst.delItem(-1);
            assertThat(lst.toList()).as("then del a[-1]").containsExactly(1, 2, 4);
            assertThatThrownBy(() -> lst.delItem(3), "del a[3]")
                    .isInstanceOf(IndexError.class).hasMessage("list assignment index out of range");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("agrees with CPython on indices, get, set and del for 2,400 random slices")
    void goldenSlices() {
        List<JsonObject> cases = Golden.cases("sequences", "slices.json");
        Mismatches mismatches = new Mismatches("list slicing");
        for (JsonObject recorded : cases) {
            int n = recorded.get("len").getAsInt();
            PySlice slice = new PySlice(optional(recorded.get("start")), optional(recorded.get("stop")), optional(recorded.get("step")));
            String sliceText = String.format("slice(%s, %s, %s)", python(recorded.get("start")), python(recorded.get("stop")),
                    python(recorded.get("step")));
            String list = "a = list(range(" + n + ")); ";
            List<Object> value = new ArrayList<>();
            IntStream.range(0, recorded.get("valueLen").getAsInt()).forEach(i -> value.add(100 + i));
            check(mismatches, sliceText + ".indices(" + n + ")", recorded, "indices", () -> slice.indices(n), indices -> indices);
            check(mismatches, list + "a[" + sliceText + "]", recorded, "get", () -> range(n).getSlice(slice), PyList::toList);
            check(mismatches, list + "a[" + sliceText + "] = " + value + "; a", recorded, "set", () -> {
                PyList target = range(n);
                target.setSlice(slice, value);
                return target;
            }, PyList::toList);
            check(mismatches, list + "del a[" + sliceText + "]; a", recorded, "del", () -> {
                PyList target = range(n);
                target.delSlice(slice);
                return target;
            }, PyList::toList);
        }
        mismatches.assertNone();
        assertThat(cases).as("golden slice cases").hasSizeGreaterThanOrEqualTo(2000);
    }

    private static <T> void check(Mismatches mismatches, String call, JsonObject recorded, String key,
            java.util.function.Supplier<T> javaCall, java.util.function.Function<T, Object> asJson) {
        Outcome.of(recorded.getAsJsonObject(key)).check(mismatches, call, javaCall, asJson);
    }

    private static String python(JsonElement bound) {
        return bound == null || bound.isJsonNull() ? "None" : bound.getAsString();
    }

    private static Integer optional(JsonElement element) {
        return element == null || element.isJsonNull() ? null : element.getAsInt();
    }

    private static Gen<Integer> bound() {
        return integers().between(-12, 12).mix(integers().between(0, 0).map(zero -> (Integer) null), 20);
    }

    @Nested
    @DisplayName("laws")
    class Laws {
        @Test
        @DisplayName("s[i:j] + s[j:k] == s[i:k] whenever 0 <= i <= j <= k")
        void sliceOfSliceConcatenates() {
            qt().forAll(integers().between(0, 10), integers().between(0, 12), integers().between(0, 12), integers().between(0, 12))
                    .checkAssert((n, x, y, z) -> {
                        List<Integer> cuts = new ArrayList<>(List.of(x, y, z));
                        Collections.sort(cuts);
                        PyList s = range(n);
                        int i = cuts.get(0);
                        int j = cuts.get(1);
                        int k = cuts.get(2);
                        assertThat(s.getSlice(new PySlice(i, j)).add(s.getSlice(new PySlice(j, k))).toList())
                                .as("s = list(range(%d)); s[%d:%d] + s[%d:%d]", n, i, j, j, k)
                                .isEqualTo(s.getSlice(new PySlice(i, k)).toList());
                    });
        }

        @Test
        @DisplayName("len(s[sl]) == len(range(*sl.indices(len(s))))")
        void sliceLengthMatchesRange() {
            qt().forAll(integers().between(0, 10), bound(), bound(), integers().between(-4, 4).assuming(step -> step != 0))
                    .checkAssert((n, start, stop, step) -> {
                        PySlice slice = new PySlice(start, stop, step);
                        int[] indices = slice.indices(n);
                        int rangeLength = 0;
                        for (int i = indices[0]; indices[2] > 0 ? i < indices[1] : i > indices[1]; i += indices[2]) {
                            rangeLength++;
                        }
                        assertThat(range(n).getSlice(slice).len())
                                .as("len(list(range(%d))[%s:%s:%d]) vs indices %s", n, start, stop, step, show(indices))
                                .isEqualTo(rangeLength);
                    });
        }

        @Test
        @DisplayName("s[::-1][::-1] == s")
        void reversingTwiceIsIdentity() {
            PySlice backwards = new PySlice(null, null, -1);
            qt().forAll(integers().between(0, 20)).checkAssert(n -> assertThat(
                            range(n).getSlice(backwards).getSlice(backwards).toList())
                    .as("list(range(%d))[::-1][::-1]", n).isEqualTo(range(n).toList()));
        }
    }
}
