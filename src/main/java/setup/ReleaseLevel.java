package setup;

/**
 * The {@code releaselevel} field of {@code sys.version_info}, declared in release order:
 * alphas come before betas, betas before release candidates, and those before the final release.
 */
public enum ReleaseLevel {
    ALPHA("alpha", "a"),
    BETA("beta", "b"),
    CANDIDATE("candidate", "rc"),
    FINAL("final", "");

    private final String pythonName;
    private final String suffix;

    ReleaseLevel(String pythonName, String suffix) {
        this.pythonName = pythonName;
        this.suffix = suffix;
    }

    /** The string {@code sys.version_info.releaselevel} holds, e.g. {@code "candidate"}. */
    public String pythonName() {
        return pythonName;
    }

    /** What the version string writes before the serial, e.g. {@code "rc"} in {@code 3.12.0rc1}; empty for FINAL. */
    public String suffix() {
        return suffix;
    }
}
