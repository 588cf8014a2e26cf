package setup;

/**
 * A CPython version such as {@code 3.11.7}, {@code 3.12.0rc1} or {@code 3.10.4+}: the five fields of
 * {@code sys.version_info} plus the trailing {@code +} that marks a build from a branch after a release.
 */
public record PythonVersion(int major, int minor, int micro, ReleaseLevel releaseLevel, int serial,
                            boolean developmentBuild) implements Comparable<PythonVersion> {

    /** Checks the fields: no negative numbers, a level, and serial 0 for a final release. */
    public PythonVersion {
        throw new UnsupportedOperationException("TODO(task 1): reject impossible versions - see katas/setup/README.md#task-1");
    }

    /** Reads what {@code python3 --version} or {@code sys.version} shows, e.g. {@code "Python 3.12.0rc1"}. */
    public static PythonVersion parse(String text) {
        throw new UnsupportedOperationException("TODO(task 1): parse a version string - see katas/setup/README.md#task-1");
    }

    /** Orders like {@code sys.version_info} tuples, so 3.10 comes after 3.9. */
    @Override
    public int compareTo(PythonVersion other) {
        throw new UnsupportedOperationException("TODO(task 2): order versions like sys.version_info - see katas/setup/README.md#task-2");
    }

    /** {@code sys.hexversion}: 0xMMmmuuLS, one byte per number, a nibble each for level (A, B, C, F) and serial. */
    public int hexversion() {
        throw new UnsupportedOperationException("TODO(task 2): pack the version into sys.hexversion - see katas/setup/README.md#task-2");
    }

    /** The canonical form CPython itself prints: {@code 3.11.7}, {@code 3.13.0a2}, {@code 3.10.4+}. */
    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 2): format the canonical version string - see katas/setup/README.md#task-2");
    }
}
