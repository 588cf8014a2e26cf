package harness.run;

import com.google.gson.JsonObject;
import harness.engine.RunRequest;
import harness.rules.Confinement;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;
import harness.verdict.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine: builds one kata from the given sources, checks its rules, runs its specs in JVMs of
 * its own and returns the {@link Verdict}. Every command that judges a kata goes through here.
 */
public final class KataRun {
    /**
     * After this many timed-out specs that left a thread spinning, the rest of the kata is not run:
     * each costs a full spec timeout, and while it spins it takes a core from the katas graded
     * beside it. Specs run in task order, so the first one already names the loop to fix first.
     */
    public static final int MAX_RUNAWAYS = 1;

    private final Classpath classpath;
    private final Duration budget;

    public KataRun(Classpath classpath, Duration budget) {
        this.classpath = classpath;
        this.budget = budget;
    }

    /**
     * @param sources the learner's {@code katas/<slug>/} (or the stubs, or a solution)
     * @param work    a directory of this run's own, for the compiled classes
     * @param task    only this task's specs, or 0 for all
     */
    public Verdict run(String slug, Path sources, Path work, int task) {
        Path classes = work.resolve("classes");
        Path solution = classpath.basedir().resolve("solutions").resolve(slug);
        if (!Files.isDirectory(solution)) {
            return runWithoutSolution(slug, sources, classes, task);
        }
        SpecBuild specs = SpecBuild.of(slug, classpath, solution);
        if (!specs.errors().isEmpty()) {
            return new Verdict(slug, KataStatus.COMPILE_ERROR, List.of(), prefixed("the specs themselves do not compile: ", specs.errors()),
                    List.of(), "");
        }
        List<TrustedSpecs.Spec> expected = TrustedSpecs.discover(slug, specs, task);
        List<String> compileErrors = compile(slug, sources, classes);
        if (!compileErrors.isEmpty()) {
            return notRun(slug, expected, compileErrors, List.of(), "not run: your code does not compile");
        }
        return checkedThenExecuted(slug, sources, expected, classes, specs, task);
    }

    /**
     * A student template ships without solutions/: the specs are compiled against the learner's own
     * code instead, so that code must compile first, and a member the specs call must exist in it.
     */
    private Verdict runWithoutSolution(String slug, Path sources, Path classes, int task) {
        List<String> compileErrors = compile(slug, sources, classes);
        if (!compileErrors.isEmpty()) {
            return notRun(slug, List.of(), compileErrors, List.of(), "not run: your code does not compile");
        }
        SpecBuild specs = SpecBuild.of(slug, classpath, sources);
        if (!specs.errors().isEmpty()) {
            return notRun(slug, List.of(), prefixed("the specs call what your code does not declare (keep the stubs' public API): ",
                    specs.errors()), List.of(), "");
        }
        return checkedThenExecuted(slug, sources, TrustedSpecs.discover(slug, specs, task), classes, specs, task);
    }

    private List<String> compile(String slug, Path sources, Path classes) {
        return new Javac(classpath.basedir()).compileKata(slug, sources, List.of(classpath.given()), classes);
    }

    private Verdict checkedThenExecuted(String slug, Path sources, List<TrustedSpecs.Spec> expected, Path classes, SpecBuild specs,
                                        int task) {
        List<Violation> violations = Confinement.check(slug, classes, classpath.basedir().relativize(sources.toAbsolutePath()));
        if (!violations.isEmpty()) {
            return notRun(slug, expected, List.of(), violations, "not run: your code breaks a rule");
        }
        return execute(slug, expected, classes, specs, task);
    }

    private Verdict execute(String slug, List<TrustedSpecs.Spec> expected, Path classes, SpecBuild specs, int task) {
        List<Path> path = new ArrayList<>(List.of(specs.specs(), classpath.testClasses(), classpath.given()));
        path.addAll(classpath.libraries());
        path.add(classes);
        Execution execution = new Execution(expected, System.nanoTime() + budget.toNanos());
        while (execution.unreported() && !execution.over) {
            Duration left = execution.timeLeft();
            if (left.isNegative() || left.isZero()) {
                execution.stop(KataStatus.TIMED_OUT, "the kata used up its budget of " + budget.toSeconds()
                        + " s; the specs not reported by then count as failed");
            } else {
                RunRequest request = new RunRequest(newKey(), slug, specs.specs().toString(), task, execution.remainingIds());
                execution.take(KataJvm.run(path, request, left, classes.toString(), classpath.basedir()));
            }
        }
        List<SpecResult> specsInOrder = execution.inOrder();
        return new Verdict(slug, Verdict.statusOf(specsInOrder, List.of(), List.of(), execution.stopped), specsInOrder,
                List.of(), List.of(), execution.problem);
    }

    /** One kata's specs across the JVMs it takes: a fresh one after each spec that leaves a thread spinning. */
    private final class Execution {
        private final Map<String, TrustedSpecs.Spec> byId = new LinkedHashMap<>();
        private final Map<String, SpecResult> results = new LinkedHashMap<>();
        private final long deadline;
        private int runaways;
        private KataStatus stopped;
        private String problem = "";
        private boolean over;

        Execution(List<TrustedSpecs.Spec> expected, long deadline) {
            expected.forEach(spec -> byId.put(spec.id(), spec));
            this.deadline = deadline;
        }

        boolean unreported() {
            return results.size() < byId.size();
        }

        Duration timeLeft() {
            return Duration.ofNanos(deadline - System.nanoTime());
        }

        /** All specs on the first JVM; after a restart, only those not reported yet. */
        List<String> remainingIds() {
            return results.isEmpty() ? List.of() : byId.keySet().stream().filter(id -> !results.containsKey(id)).toList();
        }

        void stop(KataStatus status, String why) {
            over = true;
            stopped = status;
            problem = why;
        }

        void take(KataJvm.Outcome outcome) {
            String lastStarted = record(outcome, byId, results);
            JsonObject runaway = outcome.events().stream().filter(event -> "runaway".equals(event.get("event").getAsString()))
                    .findFirst().orElse(null);
            if (outcome.finished()) {
                over = true;
            } else if (runaway != null) {
                markRunaway(results, runaway);
                if (++runaways >= MAX_RUNAWAYS) {
                    stop(KataStatus.TIMED_OUT, (runaways == 1 ? "a spec timed out and left its thread" : runaways + " specs timed out and left threads")
                            + " spinning, so the rest of the kata was not run: end that loop first");
                }
            } else if (outcome.overBudget()) {
                stop(KataStatus.TIMED_OUT, "the kata used up its budget of " + budget.toSeconds() + " s" + during(lastStarted, byId));
            } else {
                KataStatus status = crashed(outcome) ? KataStatus.CRASHED : KataStatus.EXITED;
                stop(status, (status == KataStatus.CRASHED ? "the kata's JVM crashed" : "the code under test ended the JVM")
                        + " (exit code " + outcome.exitCode() + ")" + during(lastStarted, byId) + stderrTail(outcome));
            }
        }

        List<SpecResult> inOrder() {
            List<SpecResult> specs = new ArrayList<>(results.values());
            for (TrustedSpecs.Spec spec : byId.values()) {
                if (!results.containsKey(spec.id())) {
                    specs.add(new SpecResult(spec.id(), spec.path(), spec.task(), SpecStatus.NOT_RUN,
                            problem.isEmpty() ? "not reported by the kata's JVM" : "not run: " + problem, ""));
                }
            }
            return specs;
        }
    }

    /** Keeps the reported results that match an expected spec; returns the id of the spec that started last. */
    private static String record(KataJvm.Outcome outcome, Map<String, TrustedSpecs.Spec> expected, Map<String, SpecResult> results) {
        String lastStarted = null;
        for (JsonObject event : outcome.events()) {
            String kind = event.get("event").getAsString();
            String id = event.has("id") ? event.get("id").getAsString() : null;
            if (id == null || !expected.containsKey(id)) {
                continue;
            }
            if (kind.equals("start")) {
                lastStarted = id;
            } else if (kind.equals("spec") && !results.containsKey(id)) {
                TrustedSpecs.Spec spec = expected.get(id);
                SpecStatus status = SpecStatus.valueOf(event.get("status").getAsString());
                results.put(id, new SpecResult(id, spec.path(), spec.task(), status,
                        event.get("message").getAsString(), event.get("output").getAsString()));
            }
        }
        return lastStarted;
    }

    private static void markRunaway(Map<String, SpecResult> results, JsonObject runaway) {
        String id = runaway.get("id").getAsString();
        SpecResult timedOut = results.get(id);
        if (timedOut != null) {
            results.put(id, timedOut.withStatus(SpecStatus.FAILED, timedOut.message()
                    + "\nits thread '" + runaway.get("thread").getAsString() + "' was still running afterwards"));
        }
    }

    private static boolean crashed(KataJvm.Outcome outcome) {
        return outcome.exitCode() >= 128 || outcome.stderr().contains("OutOfMemoryError")
                || outcome.stderr().contains("A fatal error has been detected");
    }

    private static String during(String lastStarted, Map<String, TrustedSpecs.Spec> expected) {
        return lastStarted == null ? "" : ", while running: " + expected.get(lastStarted).path();
    }

    private static String stderrTail(KataJvm.Outcome outcome) {
        String tail = outcome.stderr().strip();
        if (tail.isEmpty()) {
            return "";
        }
        List<String> lines = tail.lines().toList();
        return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static Verdict notRun(String slug, List<TrustedSpecs.Spec> expected, List<String> compileErrors,
                                  List<Violation> violations, String why) {
        List<SpecResult> specs = expected.stream()
                .map(spec -> new SpecResult(spec.id(), spec.path(), spec.task(), SpecStatus.NOT_RUN, why, "")).toList();
        return new Verdict(slug, Verdict.statusOf(specs, compileErrors, violations, null), specs, compileErrors, violations, "");
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(i == 0 ? prefix + lines.get(i) : lines.get(i));
        }
        return out;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
