package harness.verdict;

/**
 * One broken rule, located in the learner's code.
 *
 * @param rule  the rule in a few words, e.g. "no reflection"
 * @param where the source file relative to the repository, with the line when known:
 *              {@code katas/setup/PythonVersion.java:42}
 * @param what  what the code there does, e.g. "calls java.lang.System.exit(int)"
 */
public record Violation(String rule, String where, String what) {

    /** One line, naming the learner's side as "your": the rule, then the place and the call. */
    public String line() {
        return "your " + where + " " + what + " (" + rule + ")";
    }
}
