package harness.verdict;

/** What became of one spec in one run. */
public enum SpecStatus {
    PASSED,
    FAILED,
    /** Expected by the trusted spec list but never reported: the kata's JVM stopped first, or the spec was filtered out. */
    NOT_RUN
}
