package harness.verdict;

import java.util.Locale;

/** The overall state of one kata after one run; {@link #json()} is the name grade.json uses. */
public enum KataStatus {
    PASSED,
    FAILED,
    COMPILE_ERROR,
    RULE_VIOLATION,
    /** The kata's JVM ran out of its wall budget, or kept leaving runaway threads behind. */
    TIMED_OUT,
    /** The kata's JVM died without saying why (a crash, an OutOfMemoryError, a kill). */
    CRASHED,
    /** Code under test ended the JVM itself. */
    EXITED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
