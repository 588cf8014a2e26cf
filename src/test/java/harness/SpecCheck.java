package harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The maintainers' gate ({@code mvn verify -Pcheck}): every spec must pass against the solutions
 * and fail against the pristine stubs. A spec that passes against a stub checks nothing a learner
 * has to do. Fails the build and lists every offender.
 */
public final class SpecCheck {
    private SpecCheck() {
    }

    public static void main(String[] args) {
        List<String> offenders = offenders(Set.copyOf(Manifest.load().slugs()),
                SurefireReports.read(Path.of(args[0])), SurefireReports.read(Path.of(args[1])));
        if (!offenders.isEmpty()) {
            throw new IllegalStateException("-Pcheck failed: " + offenders.size() + " offender(s)\n  "
                    + String.join("\n  ", offenders));
        }
        System.out.println("-Pcheck: every spec passes against solutions/ and fails against the pristine katas/.");
    }

    static List<String> offenders(Set<String> katas, List<SurefireReports.TestCase> onSolutions,
                                  List<SurefireReports.TestCase> onStubs) {
        List<String> offenders = new ArrayList<>();
        Map<String, Integer> solutionRuns = new HashMap<>();
        for (SurefireReports.TestCase spec : onSolutions) {
            if (!katas.contains(spec.kata())) {
                continue;
            }
            solutionRuns.merge(spec.key(), 1, Integer::sum);
            if (!spec.passed()) {
                offenders.add("does not pass against the solution (" + spec.outcome() + "): " + spec.key());
            }
        }
        Map<String, Integer> stubRuns = new HashMap<>();
        for (SurefireReports.TestCase spec : onStubs) {
            if (!katas.contains(spec.kata())) {
                continue;
            }
            stubRuns.merge(spec.key(), 1, Integer::sum);
            if (spec.outcome() == SurefireReports.Outcome.PASSED || spec.outcome() == SurefireReports.Outcome.SKIPPED) {
                offenders.add("does not fail against the pristine stub (" + spec.outcome() + "): " + spec.key());
            }
        }
        // A stub that throws in @BeforeAll fails the whole class as one container-level testcase.
        Set<String> classesFailedAsContainer = new java.util.HashSet<>();
        for (SurefireReports.TestCase spec : onStubs) {
            if (!spec.passed() && !solutionRuns.containsKey(spec.key())) {
                classesFailedAsContainer.add(spec.testClass());
            }
        }
        for (Map.Entry<String, Integer> run : solutionRuns.entrySet()) {
            String testClass = run.getKey().substring(0, run.getKey().indexOf(" > "));
            boolean failedWithItsClass = !stubRuns.containsKey(run.getKey()) && classesFailedAsContainer.contains(testClass);
            if (!failedWithItsClass && !run.getValue().equals(stubRuns.get(run.getKey()))) {
                offenders.add("ran " + run.getValue() + "x against the solution but " + stubRuns.getOrDefault(run.getKey(), 0)
                        + "x against the stub: " + run.getKey());
            }
        }
        if (solutionRuns.isEmpty()) {
            offenders.add("no spec ran against the solutions at all");
        }
        offenders.sort(null);
        return offenders;
    }
}
