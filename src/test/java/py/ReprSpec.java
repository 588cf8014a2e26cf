package py;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import support.Golden;
import support.Mismatches;

/** py.Repr is given code, the same for every kata: these specs hold it to CPython's repr(). */
@Tag("given")
@DisplayName("py.Repr, the given repr()")
class ReprSpec {

    @Nested
    @DisplayName("of a float")
    class Floats {
        @Test
        @DisplayName("uses an exponent below 1e-4 and from 1e16 up, with a sign and at least two digits")
        void notation() {
            Map<Double, String> expected = new LinkedHashMap<>();
            expected.put(1e16, "1e+16");
            expected.put(1e15, "1000000000000000.0");
            expected.put(9999999999999998.0, "9999999999999998.0");
            expected.put(1e-5, "1e-05");
            expected.put(1e-4, "0.0001");
            expected.put(1.5e300, "1.5e+300");
            expected.put(-2.5e-100, "-2.5e-100");
            expected.put(123.0, "123.0");
            expected.put(0.5, "0.5");
            expected.forEach((value, repr) -> assertThat(Repr.of(value)).as("repr(%s)", repr).isEqualTo(repr));
        }

        @Test
        @DisplayName("prints inf, -inf, nan (whatever its sign bit), 0.0 and -0.0 as Python does")
        void specialValues() {
            double negativeNan = Double.longBitsToDouble(0xfff8000000000000L);
            assertThat(List.of(Repr.of(Double.POSITIVE_INFINITY), Repr.of(Double.NEGATIVE_INFINITY), Repr.of(Double.NaN),
                    Repr.of(negativeNan), Repr.of(0.0), Repr.of(-0.0)))
                    .as("repr() of inf, -inf, nan, -nan, 0.0, -0.0")
                    .containsExactly("inf", "-inf", "nan", "nan", "0.0", "-0.0");
        }

        @Test
        @DisplayName("gives the shortest digits that read back, where JDK 17's Double.toString gives more")
        void shortestDigits() {
            assertThat(Repr.of(2.0E-3)).as("repr(0.002)").isEqualTo("0.002");
            assertThat(Repr.of(1.0E23)).as("repr(1e23)").isEqualTo("1e+23");
            assertThat(Repr.of(5e-324)).as("repr(5e-324), the smallest subnormal").isEqualTo("5e-324");
            assertThat(Repr.of(2.82879384806159e17)).as("repr(2.82879384806159e+17): JDK 17 prints 2.82879384806159008E17")
                    .isEqualTo("2.82879384806159e+17");
            assertThat(Repr.of(0.1 + 0.2)).as("repr(0.1 + 0.2)").isEqualTo("0.30000000000000004");
        }

        @Test
        @DisplayName("formats a Float as the double it widens to, and floats inside lists and dicts")
        void insideContainers() {
            assertThat(Repr.of(0.1f)).as("repr(float(numpy.float32(0.1)))").isEqualTo("0.10000000149011612");
            assertThat(Repr.of(Arrays.asList(1e16, -0.0, Double.NaN))).as("repr([1e16, -0.0, nan])").isEqualTo("[1e+16, -0.0, nan]");
            assertThat(Repr.of(Map.of(1e-7, 2.0))).as("repr({1e-07: 2.0})").isEqualTo("{1e-07: 2.0}");
            assertThat(new KeyError(1e16).getMessage()).as("str(KeyError(1e16)), as in del d[1e16]").isEqualTo("1e+16");
        }

        @Test
        @DisplayName("agrees with CPython 3.11 on thousands of doubles: random bits, subnormals, powers of ten and two")
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        void matchesCPython() {
            Mismatches mismatches = new Mismatches("repr(float)");
            for (JsonObject recorded : Golden.cases("py", "float_repr.json")) {
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(recorded.get("bits").getAsString(), 16));
                String expected = recorded.get("repr").getAsString();
                mismatches.check("repr(float.fromhex('" + Double.toHexString(value) + "'))", expected, Repr.of(value));
            }
            mismatches.assertNone();
        }

        @Test
        @DisplayName("law: the repr of any finite double reads back as that very double")
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        void readsBack() {
            qt().withExamples(3_000).forAll(longs().all()).checkAssert(pattern -> {
                double value = Double.longBitsToDouble(pattern);
                if (Double.isFinite(value)) {
                    String repr = Repr.of(value);
                    assertThat(Double.doubleToRawLongBits(Double.parseDouble(repr)))
                            .as("float(%s) for the double with bits %016x", repr, pattern)
                            .isEqualTo(pattern);
                }
            });
        }

        @Test
        @DisplayName("law: no shorter decimal reads back, so the repr of a double with few digits keeps them few")
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        void shortDecimalsStayShort() {
            qt().withExamples(2_000).forAll(longs().between(1, 999_999), doubles().between(-320, 300)).checkAssert((digits, scale) -> {
                double value = Double.parseDouble(digits + "e" + (int) Math.floor(scale));
                String repr = Repr.of(value);
                String significand = repr.replaceFirst("e.*", "").replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
                if (value != 0 && Double.isFinite(value)) {
                    assertThat(significand.length()).as("digits in repr(%se%d) = %s", digits, (int) Math.floor(scale), repr)
                            .isLessThanOrEqualTo(String.valueOf(digits).replaceFirst("0+$", "").length());
                }
            });
        }
    }

    @Nested
    @DisplayName("of a str")
    class Strings {
        @Test
        @DisplayName("picks the quotes as Python does and escapes backslashes and the other quote")
        void quotes() {
            assertThat(Repr.of("it's")).as("repr(\"it's\")").isEqualTo("\"it's\"");
            assertThat(Repr.of("say \"hi\"")).as("repr('say \"hi\"')").isEqualTo("'say \"hi\"'");
            assertThat(Repr.of("both ' and \"")).as("repr('both \\' and \"')").isEqualTo("'both \\' and \"'");
            assertThat(Repr.of("a\\b\n")).as("repr('a\\\\b\\n')").isEqualTo("'a\\\\b\\n'");
        }

        @Test
        @DisplayName("escapes what is not printable as \\xNN, \\uNNNN or \\UNNNNNNNN and keeps printable non-ASCII text")
        void escapes() {
            assertThat(Repr.of("\0\u007f\u00a0\u00e9\u4e2d")).as("repr('\\x00\\x7f\\xa0é中')").isEqualTo("'\\x00\\x7f\\xa0é中'");
            assertThat(Repr.of("\u2028" + new String(Character.toChars(0xe0001)))).as("repr('\\u2028\\U000e0001')")
                    .isEqualTo("'\\u2028\\U000e0001'");
        }

        @Test
        @DisplayName("agrees with CPython 3.11 on generated strings of quotes, controls, separators and surrogates")
        void matchesCPython() {
            Mismatches mismatches = new Mismatches("repr(str)");
            for (JsonObject recorded : Golden.cases("py", "str_repr.json")) {
                int[] codePoints = recorded.getAsJsonArray("codePoints").asList().stream().mapToInt(JsonElement::getAsInt).toArray();
                String text = new String(codePoints, 0, codePoints.length);
                String expected = recorded.get("repr").getAsString();
                mismatches.check("repr(''.join(map(chr, " + Arrays.toString(codePoints) + ")))", expected, Repr.of(text));
            }
            mismatches.assertNone();
        }
    }
}
