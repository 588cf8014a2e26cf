package dicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;
import support.Golden;
import support.Mismatches;
import support.PyJson;

@Tag("task-1")
@DisplayName("PyHash: hash() and key equality")
class PyHashSpec {

    @Nested
    @DisplayName("numbers that compare equal")
    class EqualNumbers {
        @Test
        @DisplayName("1, 1.0 and True are equal keys with equal hashes")
        void oneOneFloatAndTrue() {
            assertThat(List.of(PyHash.hash(1L), PyHash.hash(1.0), PyHash.hash(true), PyHash.hash(1)))
                    .as("hash(1), hash(1.0), hash(True), hash(1): equal numbers must hash equal or a dict would keep them apart")
                    .containsOnly(1L);
            assertThat(PyHash.keyEquals(1L, 1.0)).as("1 == 1.0").isTrue();
            assertThat(PyHash.keyEquals(true, 1)).as("True == 1").isTrue();
            assertThat(PyHash.keyEquals(1.0, true)).as("1.0 == True").isTrue();
            assertThat(PyHash.keyEquals(0L, false)).as("0 == False").isTrue();
        }

        @Test
        @DisplayName("hash(nan) belongs to the nan object (3.10+): stable for one object, different between objects")
        void nanHashFollowsTheObject() {
            Double nan = Double.NaN;
            assertThat(PyHash.hash(nan)).as("x = float('nan'); hash(x) == hash(x)").isEqualTo(PyHash.hash(nan));
            Set<Long> hashes = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                hashes.add(PyHash.hash(Double.valueOf(Double.NaN)));
            }
            assertThat(hashes).as("hash() of 10 different nan objects: a constant would pile every nan key into one chain")
                    .hasSizeGreaterThan(1);
        }

        @Test
        @DisplayName("different numbers and different types of non-numbers are not equal")
        void unequal() {
            assertThat(PyHash.keyEquals(1L, 2.0)).as("1 == 2.0").isFalse();
            assertThat(PyHash.keyEquals(1L, "1")).as("1 == '1': a string never equals a number").isFalse();
            assertThat(PyHash.keyEquals(0.5, 0L)).as("0.5 == 0").isFalse();
            assertThat(PyHash.keyEquals(Double.NaN, Double.NaN)).as("nan == nan (two different nan objects)").isFalse();
            assertThat(PyHash.keyEquals("a", "a")).as("'a' == 'a'").isTrue();
        }

        @Test
        @DisplayName("equalNumbersHashEqual: a long, the same BigInteger, and the same double (when exact) agree")
        void equalNumbersHashEqual() {
            qt().withExamples(500).forAll(longs().all()).checkAssert(n -> {
                long viaLong = PyHash.hash(n);
                assertThat(PyHash.hash(BigInteger.valueOf(n))).as("hash(%d) as a BigInteger", n).isEqualTo(viaLong);
                double asDouble = (double) n;
                if (new java.math.BigDecimal(asDouble).compareTo(new java.math.BigDecimal(n)) == 0) {
                    assertThat(PyHash.hash(asDouble)).as("hash(float(%d))", n).isEqualTo(viaLong);
                    assertThat(PyHash.keyEquals(asDouble, n)).as("float(%d) == %d", n, n).isTrue();
                }
            });
        }
    }

    @Nested
    @DisplayName("CPython's numeric hash")
    class NumericHash {
        @Test
        @DisplayName("is taken modulo the prime 2**61 - 1, and -1 is never a hash")
        void modulus() {
            BigInteger prime = BigInteger.TWO.pow(61).subtract(BigInteger.ONE);
            assertThat(PyHash.hash(prime)).as("hash(2**61 - 1)").isZero();
            assertThat(PyHash.hash(prime.add(BigInteger.ONE))).as("hash(2**61)").isEqualTo(1L);
            assertThat(PyHash.hash(-1L)).as("hash(-1): -1 means 'error' to CPython, so it becomes -2").isEqualTo(-2L);
            assertThat(PyHash.hash(-2L)).as("hash(-2)").isEqualTo(-2L);
            assertThat(PyHash.hash(Double.POSITIVE_INFINITY)).as("hash(float('inf'))").isEqualTo(314159L);
        }

        @Test
        @DisplayName("matches CPython 3.11 on 800 generated ints, bools and floats (huge, tiny, inf, -0.0)")
        void matchesCPython() {
            Mismatches mismatches = new Mismatches("hash(x): CPython hashes a number as its value modulo 2**61 - 1"
                    + " (a float as m * 2**e, a negative as -hash(-x))");
            for (JsonObject recorded : Golden.cases("dicts", "hashes.json")) {
                Object value = GoldenValues.forDicts().decode(recorded.get("value"));
                mismatches.check("hash(" + PyJson.python(recorded.get("value")) + ")", recorded.get("hash").getAsLong(), PyHash.hash(value));
            }
            mismatches.assertNone();
        }
    }

    @Nested
    @DisplayName("mutable containers")
    class Unhashable {
        @Test
        @DisplayName("refuse to be hashed with TypeError: unhashable type")
        void unhashable() {
            assertThatThrownBy(() -> PyHash.hash(new ArrayList<>(List.of(1))), "hash([1])")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'list'");
            assertThatThrownBy(() -> PyHash.hash(Map.of()), "hash({})")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'dict'");
            assertThatThrownBy(() -> PyHash.hash(Set.of()), "hash(set())")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'set'");
        }

        @Test
        @DisplayName("strings and other objects hash through hashCode, consistently")
        void otherObjects() {
            assertThat(PyHash.hash("spam")).as("hash('spam') twice").isEqualTo(PyHash.hash(new String("spam")));
            assertThat(PyHash.hash(new Collide("a", 42))).as("hash of an object whose hashCode is 42").isEqualTo(42L);
            assertThat(PyHash.hash(new Collide("a", -1))).as("hash of an object whose hashCode is -1: never -1").isEqualTo(-2L);
        }
    }
}
