package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import py.IndexError;
import py.OverflowError;
import py.Repr;
import py.TypeError;
import py.ValueError;
import support.Golden;
import support.Mismatches;
import support.PyJson;

@DisplayName("array.array, a typed sequence")
@Tag("task-5")
class ArraySpec {

    @Nested
    @DisplayName("storing values")
    class Storing {
        @Test
        @DisplayName("keeps raw C values, itemsize bytes each: array('h', [1, -2]).tobytes() is b'\\x01\\x00\\xfe\\xff'")
        void storesCompactly() {
            PyArray shorts = new PyArray("h", List.of(1, -2));
            assertThat(shorts.itemsize()).as("array('h').itemsize").isEqualTo(2);
            assertThat(HexFormat.of().formatHex(shorts.tobytes())).as("array('h', [1, -2]).tobytes().hex()").isEqualTo("0100feff");
            assertThat(shorts.toList()).as("array('h', [1, -2]).tolist()").containsExactly(1L, -2L);
            assertThat(List.of(new PyArray("b").itemsize(), new PyArray("i").itemsize(), new PyArray("d").itemsize()))
                    .as("itemsize of 'b', 'i' and 'd'").containsExactly(1, 4, 8);
            assertThat(new PyArray("i", List.of(1, 2, 3)).tobytes()).as("array('i', [1, 2, 3]).tobytes(): 3 items x 4 bytes").hasSize(12);
        }

        @Test
        @DisplayName("grows as items are appended one by one: 100 appends to array('i') give len() 100 and every item back")
        void appendsGrow() {
            PyArray ints = new PyArray("i");
            List<Long> expected = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ints.append(i * 7 - 300);
                expected.add(i * 7L - 300);
            }
            assertThat(ints.len()).as("len(a) after 100 a.append(...) on array('i')").isEqualTo(100);
            assertThat(ints.toList()).as("a.tolist() after those appends: growing the buffer must keep every item")
                    .isEqualTo(expected);
            assertThat(ints.tobytes()).as("a.tobytes(): 100 items x 4 bytes, no spare capacity shown").hasSize(400);
        }

        @Test
        @DisplayName("refuses a float in an integer array with TypeError, and changes nothing")
        void refusesAFloat() {
            PyArray ints = new PyArray("i", List.of(1));
            assertThatThrownBy(() -> ints.append(1.5), "array('i').append(1.5)")
                    .isInstanceOf(TypeError.class).hasMessage("'float' object cannot be interpreted as an integer");
            assertThatThrownBy(() -> ints.append("7"), "array('i').append('7')")
                    .isInstanceOf(TypeError.class).hasMessage("'str' object cannot be interpreted as an integer");
            assertThat(ints.toList()).as("the array after the refused appends").containsExactly(1L);
        }

        @Test
        @DisplayName("refuses a value out of the C type's range with OverflowError")
        void refusesOutOfRange() {
            PyArray bytes = new PyArray("b");
            assertThatThrownBy(() -> bytes.append(200), "array('b').append(200)")
                    .isInstanceOf(OverflowError.class).hasMessage("signed char is greater than maximum");
            assertThatThrownBy(() -> bytes.append(-129), "array('b').append(-129)")
                    .isInstanceOf(OverflowError.class).hasMessage("signed char is less than minimum");
            assertThatThrownBy(() -> new PyArray("B").append(-1), "array('B').append(-1)")
                    .isInstanceOf(OverflowError.class).hasMessage("unsigned byte integer is less than minimum");
            bytes.append(127);
            bytes.append(-128);
            assertThat(bytes.toList()).as("array('b') after appending 127 and -128").containsExactly(127L, -128L);
        }

        @Test
        @DisplayName("takes ints and floats in a 'd' array, but not a str")
        void doubles() {
            PyArray doubles = new PyArray("d", List.of(1, 2.5));
            assertThat(doubles.toList()).as("array('d', [1, 2.5]).tolist()").containsExactly(1.0, 2.5);
            assertThat(doubles.get(-1)).as("array('d', [1, 2.5])[-1]").isEqualTo(2.5);
            assertThatThrownBy(() -> doubles.append("x"), "array('d').append('x')")
                    .isInstanceOf(TypeError.class).hasMessage("must be real number, not str");
            assertThatThrownBy(() -> doubles.get(2), "array('d', [1, 2.5])[2]")
                    .isInstanceOf(IndexError.class).hasMessage("array index out of range");
        }

        @Test
        @DisplayName("refuses an unknown typecode with ValueError")
        void refusesBadTypecode() {
            assertThatThrownBy(() -> new PyArray("x"), "array('x')")
                    .isInstanceOf(ValueError.class).hasMessage("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            assertThat(new PyArray("q").typecode()).as("array('q').typecode").isEqualTo("q");
        }
    }

    @Nested
    @DisplayName("+, += and extend")
    class Concatenation {
        @Test
        @DisplayName("array + list raises TypeError, and so does adding arrays of different typecodes")
        void plusWantsTheSameKind() {
            PyArray ints = new PyArray("i", List.of(1));
            assertThatThrownBy(() -> ints.add(PyList.of(2)), "array('i', [1]) + [2]")
                    .isInstanceOf(TypeError.class).hasMessage("can only append array (not \"list\") to array");
            assertThatThrownBy(() -> ints.add(new PyArray("d")), "array('i') + array('d')")
                    .isInstanceOf(TypeError.class).hasMessage("bad argument type for built-in operation");
            PyArray sum = ints.add(new PyArray("i", List.of(2)));
            assertThat(sum.toList()).as("array('i', [1]) + array('i', [2])").containsExactly(1L, 2L);
            assertThat(ints.toList()).as("the left operand after +").containsExactly(1L);
        }

        @Test
        @DisplayName("unlike list, array's += refuses a list; it extends in place with an array of the same kind")
        void inplaceAddWantsAnArray() {
            PyArray ints = new PyArray("i", List.of(1));
            assertThatThrownBy(() -> ints.iadd(PyList.of(2)), "a = array('i', [1]); a += [2]")
                    .isInstanceOf(TypeError.class).hasMessage("can only extend array with array (not \"list\")");
            assertThatThrownBy(() -> ints.iadd(new PyArray("d")), "a += array('d')")
                    .isInstanceOf(TypeError.class).hasMessage("can only extend with array of same kind");
            assertThat(ints.iadd(new PyArray("i", List.of(2)))).as("a += array('i', [2]) returns a itself").isSameAs(ints);
            assertThat(ints.toList()).as("a after a += array('i', [2])").containsExactly(1L, 2L);
        }

        @Test
        @DisplayName("is an iterable a list's += accepts, while list + array raises TypeError")
        void worksWithLists() {
            PyArray bytes = new PyArray("b", List.of(7, 8));
            assertThat(PyList.of(1).iadd(bytes).toList()).as("lst = [1]; lst += array('b', [7, 8])").containsExactly(1, 7L, 8L);
            assertThatThrownBy(() -> PyList.of(1).add(bytes), "[1] + array('b', [7, 8])")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate list (not \"array.array\") to list");
        }

        @Test
        @DisplayName("extend takes any iterable and keeps the items stored before a bad one")
        void extendIsItemByItem() {
            PyArray ints = new PyArray("i", List.of(1, 2));
            assertThatThrownBy(() -> ints.extend(List.of(3, 4.5, 5)), "a = array('i', [1, 2]); a.extend([3, 4.5, 5])")
                    .isInstanceOf(TypeError.class).hasMessage("'float' object cannot be interpreted as an integer");
            assertThat(ints.toList()).as("a after the failed extend: 3 went in before 4.5 was refused").containsExactly(1L, 2L, 3L);
            assertThatThrownBy(() -> ints.extend(5), "a.extend(5)")
                    .isInstanceOf(TypeError.class).hasMessage("'int' object is not iterable");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("agrees with CPython on 800 random arrays of ints, bools, floats (inf, nan, -0.0, 1e+16), str and None")
    void goldenArrays() {
        Mismatches mismatches = new Mismatches("array");
        for (JsonObject recorded : Golden.cases("sequences", "array.json")) {
            String typecode = recorded.get("typecode").getAsString();
            JsonArray encoded = recorded.getAsJsonArray("values");
            String values = encoded.asList().stream().map(PyJson::python).collect(Collectors.joining(", ", "[", "]"));
            Outcome.of(recorded.getAsJsonObject("result")).check(mismatches, "array('" + typecode + "', " + values + ")", () -> {
                PyJson decoder = GoldenValues.decoder();
                return new PyArray(typecode, encoded.asList().stream().map(decoder::decode).toList());
            }, array -> {
                Map<String, Object> seen = new LinkedHashMap<>();
                // repr() of each item: CPython's answer for 'f' and 'd' items includes inf, nan and -0.0.
                seen.put("items", array.toList().stream().map(Repr::of).toList());
                seen.put("bytes", HexFormat.of().formatHex(array.tobytes()));
                seen.put("itemsize", array.itemsize());
                return seen;
            });
        }
        mismatches.assertNone();
    }

    @Test
    @DisplayName("law: an 'h' array holds exactly what a list would, as little-endian shorts")
    void shortArrayMatchesListAndBytes() {
        qt().forAll(lists().of(integers().between(Short.MIN_VALUE, Short.MAX_VALUE)).ofSizeBetween(0, 20)).checkAssert(values -> {
            PyArray shorts = new PyArray("h");
            values.forEach(shorts::append);
            assertThat(shorts.toList()).as("array('h', %s).tolist()", values)
                    .isEqualTo(values.stream().map(Integer::longValue).toList());
            ByteBuffer raw = ByteBuffer.wrap(shorts.tobytes()).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(raw.remaining()).as("len(array('h', %s).tobytes())", values).isEqualTo(2 * values.size());
            List<Integer> decoded = new ArrayList<>();
            while (raw.hasRemaining()) {
                decoded.add((int) raw.getShort());
            }
            assertThat(decoded).as("array('h', %s).tobytes() read back as shorts", values).isEqualTo(values);
        });
    }
}
