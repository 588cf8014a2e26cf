package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.IndexError;
import py.TypeError;
import support.Golden;
import support.Mismatches;
import support.PyJson;

@DisplayName("Numbers: bool is an int, 1 == 1.0 == True, and a float wins a sum")
class NumbersSpec {

    @Nested
    @Tag("task-1")
    @DisplayName("a += b on numbers (Operators.iadd)")
    class InplaceAdd {
        @Test
        @DisplayName("adds True and False as the ints 1 and 0, and the sum is an int, not a bool")
        void boolsAreInts() {
            assertThat(sum(false, true)).as("a = False; a += True  gives the int 1 (an int, not the bool True)").isEqualTo("1");
            assertThat(sum(9, false)).as("a = 9; a += False").isEqualTo("9");
            assertThat(sum(true, true)).as("a = True; a += True").isEqualTo("2");
            assertThat(sum(-1, true)).as("a = -1; a += True  (the int 0, not False)").isEqualTo("0");
            assertThat(sum(true, -1.5)).as("a = True; a += -1.5").isEqualTo("-0.5");
        }

        @Test
        @DisplayName("makes a float as soon as either side is one, and prints it as Python does")
        void floatWins() {
            assertThat(sum(true, 1.5)).as("a = True; a += 1.5").isEqualTo("2.5");
            assertThat(sum(1e16, 1)).as("a = 1e16; a += 1").isEqualTo("1e+16");
            assertThat(sum(-0.0, -0.0)).as("a = -0.0; a += -0.0").isEqualTo("-0.0");
            assertThat(sum(0, -0.0)).as("a = 0; a += -0.0").isEqualTo("0.0");
            assertThat(sum(1e308, 1e308)).as("a = 1e308; a += 1e308").isEqualTo("inf");
        }

        @Test
        @DisplayName("names bool, not int, in its errors")
        void errorsNameBool() {
            assertThatExceptionOfType(TypeError.class).as("a = True; a += 'x'")
                    .isThrownBy(() -> Operators.iadd(true, "x"))
                    .withMessage("unsupported operand type(s) for +=: 'bool' and 'str'");
            assertThatExceptionOfType(TypeError.class).as("a = 'x'; a += True")
                    .isThrownBy(() -> Operators.iadd("x", true))
                    .withMessage("can only concatenate str (not \"bool\") to str");
            assertThatExceptionOfType(TypeError.class).as("lst = [1]; lst += True")
                    .isThrownBy(() -> PyList.of(1).iadd(true))
                    .withMessage("'bool' object is not iterable");
            assertThatExceptionOfType(TypeError.class).as("a = 1.5; a += None")
                    .isThrownBy(() -> Operators.iadd(1.5, null))
                    .withMessage("unsupported operand type(s) for +=: 'float' and 'NoneType'");
        }
    }

    /** repr(a) after a += b, when a and b are numbers. */
    private static String sum(Object a, Object b) {
        return GoldenValues.show(Operators.iadd(a, b));
    }

    @Nested
    @Tag("task-2")
    @DisplayName("lst[key] (PyList.getItem)")
    class Indexing {
        @Test
        @DisplayName("takes True and False as the indices 1 and 0")
        void boolIndexes() {
            PyList lst = PyList.of(10, 20);
            assertThat(Arrays.asList(lst.getItem(true), lst.getItem(false))).as("[10, 20][True], [10, 20][False]").containsExactly(20, 10);
            assertThatExceptionOfType(IndexError.class).as("[10][True]")
                    .isThrownBy(() -> PyList.of(10).getItem(true)).withMessage("list index out of range");
            assertThatExceptionOfType(IndexError.class).as("[][False]")
                    .isThrownBy(() -> PyList.of().getItem(false)).withMessage("list index out of range");
        }

        @Test
        @DisplayName("refuses a float key even when it is whole, and never wraps an index beyond int range")
        void otherNumbers() {
            assertThatExceptionOfType(TypeError.class).as("[1, 2][1.0]")
                    .isThrownBy(() -> PyList.of(1, 2).getItem(1.0)).withMessage("list indices must be integers or slices, not float");
            assertThatExceptionOfType(IndexError.class).as("[1, 2][2**32]: (int) 2**32 would be 0")
                    .isThrownBy(() -> PyList.of(1, 2).getItem(1L << 32)).withMessage("list index out of range");
            assertThatExceptionOfType(IndexError.class).as("[1, 2][-2**32 - 1]: (int) of it would be -1")
                    .isThrownBy(() -> PyList.of(1, 2).getItem(-(1L << 32) - 1)).withMessage("list index out of range");
        }

        @Test
        @DisplayName("agrees with CPython on lst[key] for 400 random lists (empty ones too) and int, bool, float, str and None keys")
        void goldenGetItem() {
            Mismatches mismatches = new Mismatches("lst[key]");
            for (JsonObject recorded : Golden.cases("sequences", "getitem.json")) {
                JsonElement items = recorded.get("items");
                JsonElement key = recorded.get("key");
                Outcome.of(recorded.getAsJsonObject("get")).check(mismatches, PyJson.python(items) + "[" + PyJson.python(key) + "]", () -> {
                    PyJson values = GoldenValues.decoder();
                    return GoldenValues.show(((PyList) values.decode(items)).getItem(values.decode(key)));
                }, shown -> shown);
            }
            mismatches.assertNone();
        }
    }

    /** The smallest Sequence: items from a Java list. */
    private static AbstractSequence<Object> sequenceOf(Object... items) {
        List<Object> list = Arrays.asList(items);
        return new AbstractSequence<>() {
            @Override
            public Object getItem(int index) {
                if (index < 0 || index >= list.size()) {
                    throw new IndexError("index out of range");
                }
                return list.get(index);
            }

            @Override
            public int len() {
                return list.size();
            }
        };
    }

    @Nested
    @Tag("task-3")
    @DisplayName("x in seq, seq.count(x) and seq.index(x) (AbstractSequence)")
    class Equality {
        @Test
        @DisplayName("find 1 as 1.0 and as True, and 0 as False, 0.0 and -0.0")
        void equalAcrossTypes() {
            AbstractSequence<Object> seq = sequenceOf("a", 1.0, true, 2, -0.0);
            assertThat(seq.contains(1)).as("1 in ['a', 1.0, True, 2, -0.0]").isTrue();
            assertThat(seq.count(1)).as("['a', 1.0, True, 2, -0.0].count(1)").isEqualTo(2);
            assertThat(seq.index(true)).as("['a', 1.0, True, 2, -0.0].index(True)").isEqualTo(1);
            assertThat(seq.index(2.0)).as("['a', 1.0, True, 2, -0.0].index(2.0)").isEqualTo(3);
            assertThat(seq.count(false)).as("['a', 1.0, True, 2, -0.0].count(False): -0.0 == 0 == False").isEqualTo(1);
            assertThat(seq.contains("1")).as("'1' in ['a', 1.0, True, 2, -0.0]").isFalse();
        }

        @Test
        @DisplayName("find a nan only as the very same object: nan == nan is False, but `in` tests identity first")
        void nanIsOnlyItself() {
            Double nan = Double.NaN;
            AbstractSequence<Object> seq = sequenceOf(nan, 1);
            assertThat(seq.contains(nan)).as("nan = float('nan'); nan in [nan, 1]").isTrue();
            assertThat(seq.contains(Double.valueOf(Double.NaN))).as("float('nan') in [nan, 1]: another nan object").isFalse();
            assertThat(seq.count(Double.valueOf(Double.NaN))).as("[nan, 1].count(float('nan'))").isZero();
        }

        @Test
        @DisplayName("compare an int and a float exactly: 2**53 + 1 is not 2.0**53")
        void exactComparison() {
            long big = (1L << 53) + 1;
            assertThat(sequenceOf((double) (1L << 53)).contains(big)).as("2**53 + 1 in [2.0**53]").isFalse();
            assertThat(sequenceOf(1e16).contains(10_000_000_000_000_000L)).as("10**16 in [1e16]").isTrue();
        }

        @Test
        @DisplayName("Group takes True as the index 1")
        void groupTakesBool() {
            Group group = new Group("user", "com", List.of("Sancho", "San", "Cho"));
            assertThat(group.subscript(true).staffs()).as("group[True].staffs").containsExactly("San");
        }
    }
}
