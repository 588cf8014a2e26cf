package setup;

import static setup.Versions.hexableVersions;
import static setup.Versions.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static setup.ReleaseLevel.ALPHA;
import static setup.ReleaseLevel.BETA;
import static setup.ReleaseLevel.CANDIDATE;
import static setup.ReleaseLevel.FINAL;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.OverflowError;
import py.ValueError;
import support.Golden;
import support.Mismatches;

@DisplayName("PythonVersion")
class PythonVersionSpec {

    static PythonVersion v(int major, int minor, int micro) {
        return new PythonVersion(major, minor, micro, FINAL, 0, false);
    }

    @Nested
    @DisplayName("parsing")
    @Tag("task-1")
    class Parsing {

        @Test
        @DisplayName("reads a final release: 3.11.7 is (3, 11, 7, 'final', 0)")
        void finalRelease() {
            assertThat(PythonVersion.parse("3.11.7")).as("PythonVersion.parse(\"3.11.7\")")
                    .isEqualTo(new PythonVersion(3, 11, 7, FINAL, 0, false));
        }

        @Test
        @DisplayName("reads pre-releases: rc is 'candidate', a is 'alpha', b is 'beta', with their serial")
        void preReleases() {
            assertThat(PythonVersion.parse("3.12.0rc1")).as("parse(\"3.12.0rc1\")")
                    .isEqualTo(new PythonVersion(3, 12, 0, CANDIDATE, 1, false));
            assertThat(PythonVersion.parse("3.13.0a2")).as("parse(\"3.13.0a2\")")
                    .isEqualTo(new PythonVersion(3, 13, 0, ALPHA, 2, false));
            assertThat(PythonVersion.parse("3.11.0b4")).as("parse(\"3.11.0b4\")")
                    .isEqualTo(new PythonVersion(3, 11, 0, BETA, 4, false));
        }

        @Test
        @DisplayName("reads the '+' of a build from a branch after the release: 3.10.4+")
        void developmentBuild() {
            assertThat(PythonVersion.parse("3.10.4+")).as("parse(\"3.10.4+\"): version_info is still (3, 10, 4, 'final', 0)")
                    .isEqualTo(new PythonVersion(3, 10, 4, FINAL, 0, true));
            assertThat(PythonVersion.parse("3.12.0rc1+")).as("parse(\"3.12.0rc1+\")")
                    .isEqualTo(new PythonVersion(3, 12, 0, CANDIDATE, 1, true));
        }

        @Test
        @DisplayName("reads what python3 --version prints, newline and all: \"Python 3.9.18\\n\"")
        void versionOutput() {
            assertThat(PythonVersion.parse("Python 3.9.18\n")).as("parse(\"Python 3.9.18\\n\")")
                    .isEqualTo(new PythonVersion(3, 9, 18, FINAL, 0, false));
        }

        @Test
        @DisplayName("reads the two-number spelling of old releases (2.7, 3.0rc1) with micro 0")
        void twoNumbers() {
            assertThat(PythonVersion.parse("2.7")).as("parse(\"2.7\"): platform.python_version() calls it 2.7.0")
                    .isEqualTo(new PythonVersion(2, 7, 0, FINAL, 0, false));
            assertThat(PythonVersion.parse("3.0rc1")).as("parse(\"3.0rc1\")")
                    .isEqualTo(new PythonVersion(3, 0, 0, CANDIDATE, 1, false));
        }

        @Test
        @DisplayName("rejects malformed text with ValueError: invalid Python version: '<text>'")
        void rejectsMalformed() {
            for (String text : List.of("3", "3.11.", "3.11.7.1", "3.11.7rc", "3.11.7c1", "v3.11.7", "python 3.11.7",
                    "3.11.07", "3.11.7++", "3.x.7", "")) {
                assertThatThrownBy(() -> PythonVersion.parse(text), "parse(%s)", py.Repr.of(text))
                        .isInstanceOf(ValueError.class)
                        .hasMessage("invalid Python version: " + py.Repr.of(text));
            }
        }

        @Test
        @DisplayName("rejects a number too big for an int with ValueError, not a Java NumberFormatException")
        void rejectsHugeNumbers() {
            assertThatThrownBy(() -> PythonVersion.parse("3.99999999999.0"), "parse(\"3.99999999999.0\")")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("invalid Python version: '3.99999999999.0'");
        }

        @Test
        @DisplayName("rejects digits that are not ASCII, although Java's Character.isDigit accepts them")
        void rejectsNonAsciiDigits() {
            assertThatThrownBy(() -> PythonVersion.parse("３.11.7"), "parse(\"３.11.7\") with a full-width 3")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("invalid Python version: '３.11.7'");
        }

        @Test
        @DisplayName("refuses impossible fields: negative numbers, a missing level, a final release with a serial")
        void refusesImpossibleFields() {
            assertThatThrownBy(() -> new PythonVersion(3, -1, 0, FINAL, 0, false), "new PythonVersion(3, -1, 0, FINAL, 0, false)")
                    .isInstanceOf(ValueError.class).hasMessage("version numbers must be >= 0");
            assertThatThrownBy(() -> new PythonVersion(3, 11, 0, ALPHA, -1, false), "a negative serial")
                    .isInstanceOf(ValueError.class).hasMessage("version numbers must be >= 0");
            assertThatThrownBy(() -> new PythonVersion(3, 11, 0, null, 0, false), "a null release level")
                    .isInstanceOf(ValueError.class).hasMessage("a version needs a release level");
            assertThatThrownBy(() -> new PythonVersion(3, 11, 7, FINAL, 2, false),
                    "a final release shows no serial in its string, so a serial could never round-trip")
                    .isInstanceOf(ValueError.class).hasMessage("a final release has serial 0, not 2");
        }

        @Test
        @DisplayName("agrees with the golden cases: every valid spelling's fields, every malformed one's error")
        void golden() {
            Mismatches mismatches = new Mismatches("parse() of golden spellings, as version_info (+ for a development build)");
            for (JsonObject c : Golden.cases("setup", "versions.json")) {
                String text = c.get("text").getAsString();
                String got;
                String expected;
                try {
                    got = describe(PythonVersion.parse(text));
                } catch (ValueError e) {
                    got = "ValueError: " + e.getMessage();
                } catch (RuntimeException e) {
                    got = e.toString();
                }
                if (c.has("error")) {
                    expected = "ValueError: " + c.get("message").getAsString();
                } else {
                    JsonArray info = c.getAsJsonArray("version_info");
                    expected = "(" + info.get(0) + ", " + info.get(1) + ", " + info.get(2) + ", " + info.get(3).getAsString()
                            + ", " + info.get(4) + ")" + (c.get("plus").getAsBoolean() ? "+" : "");
                }
                mismatches.check("parse(" + py.Repr.of(text) + ")", expected, got);
            }
            mismatches.assertNone();
        }

        private String describe(PythonVersion v) {
            return "(" + v.major() + ", " + v.minor() + ", " + v.micro() + ", " + v.releaseLevel().pythonName() + ", "
                    + v.serial() + ")" + (v.developmentBuild() ? "+" : "");
        }
    }

    @Nested
    @DisplayName("ordering")
    @Tag("task-2")
    class Ordering {

        @Test
        @DisplayName("puts 3.10 after 3.9, where comparing strings gets it backwards")
        void twoDigitMinor() {
            assertThat(v(3, 10, 0)).as("3.10.0 compared with 3.9.18 (the strings compare the other way)")
                    .isGreaterThan(v(3, 9, 18));
            assertThat(v(3, 11, 10)).as("3.11.10 compared with 3.11.9").isGreaterThan(v(3, 11, 9));
            assertThat(v(10, 0, 0)).as("10.0.0 compared with 9.9.9").isGreaterThan(v(9, 9, 9));
        }

        @Test
        @DisplayName("puts alpha < beta < candidate < final within one release, then orders by serial")
        void releaseLevels() {
            List<PythonVersion> expected = List.of(
                    new PythonVersion(3, 12, 0, ALPHA, 1, false), new PythonVersion(3, 12, 0, ALPHA, 7, false),
                    new PythonVersion(3, 12, 0, BETA, 1, false), new PythonVersion(3, 12, 0, BETA, 10, false),
                    new PythonVersion(3, 12, 0, CANDIDATE, 2, false), new PythonVersion(3, 12, 0, FINAL, 0, false),
                    new PythonVersion(3, 12, 1, ALPHA, 0, false));
            List<PythonVersion> shuffled = new ArrayList<>(expected);
            java.util.Collections.reverse(shuffled);
            java.util.Collections.sort(shuffled);
            assertThat(shuffled).as("sorted pre-releases of 3.12.0: 3.12.0rc2 < 3.12.0 < 3.12.1a0").isEqualTo(expected);
        }

        @Test
        @DisplayName("puts a '+' build right after the release it follows, and equal versions at 0")
        void developmentBuildBreaksTies() {
            PythonVersion release = PythonVersion.parse("3.10.4");
            PythonVersion plus = PythonVersion.parse("3.10.4+");
            assertThat(plus.compareTo(release)).as("3.10.4+ compared with 3.10.4").isPositive();
            assertThat(plus).as("3.10.4+ compared with 3.10.5a1").isLessThan(PythonVersion.parse("3.10.5a1"));
            assertThat(release.compareTo(PythonVersion.parse("Python 3.10.4"))).as("3.10.4 compared with itself").isZero();
        }

        @Test
        @DisplayName("agrees with CPython's version_info tuple comparison on 1,200 generated pairs")
        void golden() {
            Mismatches mismatches = new Mismatches("the sign of a.compareTo(b) against CPython's version_info tuple comparison");
            int stringTraps = 0;
            List<JsonObject> cases = Golden.cases("setup", "order.json");
            for (JsonObject c : cases) {
                String a = c.get("a").getAsString();
                String b = c.get("b").getAsString();
                int expected = c.get("cmp").getAsInt();
                stringTraps += expected != c.get("string_cmp").getAsInt() ? 1 : 0;
                int got = Integer.signum(PythonVersion.parse(a).compareTo(PythonVersion.parse(b)));
                mismatches.check("(parse(" + py.Repr.of(a) + ") > parse(" + py.Repr.of(b) + ")) - (parse(" + py.Repr.of(a)
                        + ") < parse(" + py.Repr.of(b) + "))", expected, got);
            }
            assertThat(stringTraps).as("the fixture holds pairs where string comparison is wrong").isGreaterThan(100);
            mismatches.assertNone();
        }

        @Test
        @DisplayName("is a total order consistent with comparing the version_info tuples field by field")
        void orderMatchesTupleComparison() {
            qt().forAll(versions(), versions()).checkAssert((a, b) -> {
                int expected = tupleCompare(a, b);
                int got = Integer.signum(a.compareTo(b));
                if (expected != 0) {
                    assertThat(got).as("sign of %s.compareTo(%s)", a, b).isEqualTo(expected);
                } else {
                    assertThat(got).as("sign of %s.compareTo(%s): equal tuples, decided by the '+' alone", a, b)
                            .isEqualTo(Boolean.compare(a.developmentBuild(), b.developmentBuild()));
                }
                assertThat(Integer.signum(b.compareTo(a))).as("antisymmetry: %s.compareTo(%s)", b, a).isEqualTo(-got);
                assertThat(got == 0).as("%s.compareTo(%s) is 0 exactly when they are equal", a, b).isEqualTo(a.equals(b));
            });
        }

        @Test
        @DisplayName("agrees with tuple comparison on versions that differ only from some field on")
        void orderMatchesTupleComparisonForNearVersions() {
            qt().forAll(versions(), versions(), integers().between(0, 5)).checkAssert((a, other, shared) -> {
                PythonVersion b = sharePrefix(a, other, shared);
                int expected = tupleCompare(a, b);
                if (expected != 0) {
                    assertThat(Integer.signum(a.compareTo(b))).as("sign of %s.compareTo(%s)", a, b).isEqualTo(expected);
                }
            });
        }

        /** b with a's first {@code shared} fields: the pairs where level and serial decide. */
        private PythonVersion sharePrefix(PythonVersion a, PythonVersion b, int shared) {
            ReleaseLevel level = shared > 3 ? a.releaseLevel() : b.releaseLevel();
            int serial = level == FINAL ? 0 : shared > 4 ? a.serial() : b.serial();
            return new PythonVersion(shared > 0 ? a.major() : b.major(), shared > 1 ? a.minor() : b.minor(),
                    shared > 2 ? a.micro() : b.micro(), level, serial, b.developmentBuild());
        }

        @Test
        @DisplayName("is transitive")
        void orderIsTransitive() {
            qt().forAll(versions(), versions(), versions()).checkAssert((a, b, c) -> {
                if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                    assertThat(a.compareTo(c)).as("%s <= %s <= %s, so %s <= %s", a, b, c, a, c).isLessThanOrEqualTo(0);
                }
            });
        }

        private int tupleCompare(PythonVersion a, PythonVersion b) {
            int[] x = {a.major(), a.minor(), a.micro(), a.releaseLevel().ordinal(), a.serial()};
            int[] y = {b.major(), b.minor(), b.micro(), b.releaseLevel().ordinal(), b.serial()};
            return Integer.signum(java.util.Arrays.compare(x, y));
        }
    }

    @Nested
    @DisplayName("formatting")
    @Tag("task-2")
    class Formatting {

        @Test
        @DisplayName("prints the canonical form: 3.11.7, 3.12.0rc1, 3.13.0a2, 3.11.0b4, 3.10.4+")
        void canonicalForm() {
            assertThat(new PythonVersion(3, 11, 7, FINAL, 0, false)).as("a final release").hasToString("3.11.7");
            assertThat(new PythonVersion(3, 12, 0, CANDIDATE, 1, false)).as("a release candidate").hasToString("3.12.0rc1");
            assertThat(new PythonVersion(3, 13, 0, ALPHA, 2, false)).as("an alpha").hasToString("3.13.0a2");
            assertThat(new PythonVersion(3, 11, 0, BETA, 4, false)).as("a beta").hasToString("3.11.0b4");
            assertThat(new PythonVersion(3, 10, 4, FINAL, 0, true)).as("a build after 3.10.4").hasToString("3.10.4+");
        }

        @Test
        @DisplayName("drops the 'Python ' prefix and writes the micro number that old releases left out")
        void normalises() {
            assertThat(PythonVersion.parse("Python 3.9.18")).as("parse(\"Python 3.9.18\")").hasToString("3.9.18");
            assertThat(PythonVersion.parse("2.7")).as("parse(\"2.7\")").hasToString("2.7.0");
        }

        @Test
        @DisplayName("agrees with the golden cases' canonical spelling")
        void golden() {
            Mismatches mismatches = new Mismatches("the canonical spelling of golden versions");
            for (JsonObject c : Golden.cases("setup", "versions.json")) {
                if (c.has("canonical")) {
                    String text = c.get("text").getAsString();
                    mismatches.check("str(parse(" + py.Repr.of(text) + "))", py.Repr.of(c.get("canonical").getAsString()),
                            py.Repr.of(PythonVersion.parse(text).toString()));
                }
            }
            mismatches.assertNone();
        }

        @Test
        @DisplayName("round-trips: parse(str(v)) == v for every version")
        void parseOfFormatIsIdentity() {
            qt().forAll(versions()).checkAssert(v ->
                    assertThat(PythonVersion.parse(v.toString())).as("parse(\"%s\")", v).isEqualTo(v));
        }
    }

    @Nested
    @DisplayName("sys.hexversion")
    @Tag("task-2")
    class HexVersion {
        /** The lesson, like sys.hexversion's documentation, reads the number in hex: so do the failures. */
        private static String hex(int hexversion) {
            return String.format("0x%08X", hexversion);
        }

        @Test
        @DisplayName("packs 3.11.7 into 0x030B07F0, what sys.hexversion is on CPython 3.11.7")
        void thisInterpreter() {
            assertThat(hex(PythonVersion.parse("3.11.7").hexversion())).as("hex(sys.hexversion) of 3.11.7").isEqualTo("0x030B07F0");
        }

        @Test
        @DisplayName("uses the nibbles A, B, C for alpha, beta, candidate and F for final")
        void levelNibbles() {
            assertThat(hex(PythonVersion.parse("3.13.0a2").hexversion())).as("hex(sys.hexversion) of 3.13.0a2").isEqualTo("0x030D00A2");
            assertThat(hex(PythonVersion.parse("3.12.0b3").hexversion())).as("hex(sys.hexversion) of 3.12.0b3").isEqualTo("0x030C00B3");
            assertThat(hex(PythonVersion.parse("3.12.0rc1").hexversion())).as("hex(sys.hexversion) of 3.12.0rc1").isEqualTo("0x030C00C1");
            assertThat(hex(PythonVersion.parse("3.9.18").hexversion())).as("hex(sys.hexversion) of 3.9.18").isEqualTo("0x030912F0");
        }

        @Test
        @DisplayName("still packs numbers that fill their byte or nibble exactly: 3.255.255rc15 is 0x03FFFFCF")
        void fullBytesFit() {
            assertThat(hex(PythonVersion.parse("3.255.255rc15").hexversion())).as("hex(sys.hexversion) of 3.255.255rc15: 255 fits a "
                    + "byte and 15 a nibble, so only 256 and 16 overflow").isEqualTo("0x03FFFFCF");
        }

        @Test
        @DisplayName("raises OverflowError for a version whose numbers do not fit their byte or nibble")
        void overflow() {
            assertThatThrownBy(() -> PythonVersion.parse("3.256.0").hexversion(), "3.256.0: minor 256 needs 9 bits")
                    .isInstanceOf(OverflowError.class).hasMessage("version 3.256.0 does not fit in sys.hexversion");
            assertThatThrownBy(() -> PythonVersion.parse("3.12.0rc16").hexversion(), "3.12.0rc16: serial 16 needs 5 bits")
                    .isInstanceOf(OverflowError.class).hasMessage("version 3.12.0rc16 does not fit in sys.hexversion");
        }

        @Test
        @DisplayName("agrees with the golden cases' sys.hexversion values")
        void golden() {
            Mismatches mismatches = new Mismatches("sys.hexversion of golden versions, in hex");
            for (JsonObject c : Golden.cases("setup", "versions.json")) {
                if (c.has("hexversion") && !c.get("hexversion").isJsonNull()) {
                    String text = c.get("text").getAsString();
                    mismatches.check("hex(parse(" + py.Repr.of(text) + ").hexversion)", String.format("0x%08X", c.get("hexversion").getAsInt()),
                            String.format("0x%08X", PythonVersion.parse(text).hexversion()));
                }
            }
            mismatches.assertNone();
        }

        @Test
        @DisplayName("orders like the versions themselves (ignoring the '+'), so an int comparison is a version check")
        void hexversionOrderMatchesVersionOrder() {
            qt().forAll(hexableVersions(), hexableVersions()).checkAssert((a, b) -> {
                if (a.developmentBuild() == b.developmentBuild()) {
                    assertThat(Integer.signum(Integer.compare(a.hexversion(), b.hexversion())))
                            .as("hexversion of %s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
                }
            });
        }
    }
}
