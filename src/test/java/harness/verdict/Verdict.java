package harness.verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one run of one kata found. Every front end (the -Pkata screen, watch, hint, the
 * progress table, grade.json, the PR comment and -Pcheck) renders this and nothing else.
 *
 * @param specs         every spec of the trusted list, in the order they ran (not-run ones last)
 * @param compileErrors javac's diagnostics, paths relative to the repository; empty when it compiled
 * @param violations    broken rules; empty when every rule holds
 * @param problem       why the kata's JVM stopped early (timed out, crashed, exited), or empty
 */
public record Verdict(String slug, KataStatus status, List<SpecResult> specs, List<String> compileErrors,
                      List<Violation> violations, String problem) {

    public Verdict {
        specs = List.copyOf(specs);
        compileErrors = List.copyOf(compileErrors);
        violations = List.copyOf(violations);
    }

    public long passed() {
        return specs.stream().filter(SpecResult::passed).count();
    }

    public int expected() {
        return specs.size();
    }

    /** The first failing spec, in run order, of the lowest task that has a failure. */
    public Optional<SpecResult> firstFailure() {
        return specs.stream().filter(spec -> !spec.passed()).min(Comparator.comparingInt(SpecResult::task));
    }

    /** Per task, in task order: {passed, total}. */
    public Map<Integer, int[]> tasks() {
        Map<Integer, int[]> tasks = new TreeMap<>();
        for (SpecResult spec : specs) {
            int[] counts = tasks.computeIfAbsent(spec.task(), task -> new int[2]);
            counts[1]++;
            if (spec.passed()) {
                counts[0]++;
            }
        }
        return tasks;
    }

    /** The status that follows from what was found, in order of precedence. */
    public static KataStatus statusOf(List<SpecResult> specs, List<String> compileErrors, List<Violation> violations,
                                      KataStatus stopped) {
        if (!compileErrors.isEmpty()) {
            return KataStatus.COMPILE_ERROR;
        }
        if (!violations.isEmpty()) {
            return KataStatus.RULE_VIOLATION;
        }
        if (stopped != null) {
            return stopped;
        }
        return !specs.isEmpty() && specs.stream().allMatch(SpecResult::passed) ? KataStatus.PASSED : KataStatus.FAILED;
    }
}
