package setup;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import py.OverflowError;
import py.Repr;
import py.ValueError;

/**
 * A CPython version such as {@code 3.11.7}, {@code 3.12.0rc1} or {@code 3.10.4+}: the five fields of
 * {@code sys.version_info} plus the trailing {@code +} that marks a build from a branch after a release.
 */
public record PythonVersion(int major, int minor, int micro, ReleaseLevel releaseLevel, int serial,
                            boolean developmentBuild) implements Comparable<PythonVersion> {

    // ASCII digits only, no leading zeros: the exact shape of CPython's PY_VERSION string.
    private static final String NUMBER = "(0|[1-9][0-9]*)";
    private static final Pattern VERSION = Pattern.compile(
            "(?:Python )?" + NUMBER + "\\." + NUMBER + "(?:\\." + NUMBER + ")?"
                    + "(?:(a|b|rc)" + NUMBER + ")?(\\+)?");

    // Field by field, like comparing the version_info tuples; the '+' build only breaks ties.
    private static final Comparator<PythonVersion> ORDER = Comparator
            .comparingInt(PythonVersion::major)
            .thenComparingInt(PythonVersion::minor)
            .thenComparingInt(PythonVersion::micro)
            .thenComparing(PythonVersion::releaseLevel)
            .thenComparingInt(PythonVersion::serial)
            .thenComparing(PythonVersion::developmentBuild);

    /** Checks the fields: no negative numbers, a level, and serial 0 for a final release. */
    public PythonVersion {
        if (major < 0 || minor < 0 || micro < 0 || serial < 0) {
            throw new ValueError("version numbers must be >= 0");
        }
        if (releaseLevel == null) {
            throw new ValueError("a version needs a release level");
        }
        // A final release has no serial in its string, so a serial there could never round-trip.
        if (releaseLevel == ReleaseLevel.FINAL && serial != 0) {
            throw new ValueError("a final release has serial 0, not " + serial);
        }
    }

    /** Reads what {@code python3 --version} or {@code sys.version} shows, e.g. {@code "Python 3.12.0rc1"}. */
    public static PythonVersion parse(String text) {
        Matcher match = VERSION.matcher(text.strip());
        if (!match.matches()) {
            throw invalid(text);
        }
        try {
            int micro = match.group(3) == null ? 0 : Integer.parseInt(match.group(3));
            ReleaseLevel level = match.group(4) == null ? ReleaseLevel.FINAL : levelFor(match.group(4));
            int serial = match.group(5) == null ? 0 : Integer.parseInt(match.group(5));
            return new PythonVersion(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    micro, level, serial, match.group(6) != null);
        } catch (NumberFormatException tooBig) {
            throw invalid(text);
        }
    }

    private static ReleaseLevel levelFor(String suffix) {
        for (ReleaseLevel level : ReleaseLevel.values()) {
            if (level.suffix().equals(suffix)) {
                return level;
            }
        }
        throw new IllegalStateException("the pattern only lets known suffixes through: " + suffix);
    }

    private static ValueError invalid(String text) {
        return new ValueError("invalid Python version: " + Repr.of(text));
    }

    /** Orders like {@code sys.version_info} tuples, so 3.10 comes after 3.9. */
    @Override
    public int compareTo(PythonVersion other) {
        return ORDER.compare(this, other);
    }

    /** {@code sys.hexversion}: 0xMMmmuuLS, one byte per number, a nibble each for level (A, B, C, F) and serial. */
    public int hexversion() {
        if (major > 0xFF || minor > 0xFF || micro > 0xFF || serial > 0xF) {
            throw new OverflowError("version " + this + " does not fit in sys.hexversion");
        }
        int levelNibble = switch (releaseLevel) {
            case ALPHA -> 0xA;
            case BETA -> 0xB;
            case CANDIDATE -> 0xC;
            case FINAL -> 0xF; // not 0xD: final sits at the top of the nibble
        };
        return major << 24 | minor << 16 | micro << 8 | levelNibble << 4 | serial;
    }

    /** The canonical form CPython itself prints: {@code 3.11.7}, {@code 3.13.0a2}, {@code 3.10.4+}. */
    @Override
    public String toString() {
        String release = major + "." + minor + "." + micro;
        String pre = releaseLevel == ReleaseLevel.FINAL ? "" : releaseLevel.suffix() + serial;
        return release + pre + (developmentBuild ? "+" : "");
    }
}
