package harness.render;

import harness.Manifest;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.Verdict;
import harness.verdict.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screen a learner reads at the end of {@code ./mvnw test -Pkata=<slug>}, and on every save in
 * watch mode: per task, passed/total; then the first failing spec of the lowest unfinished task,
 * what it said, and where to read; or, when all is green, the next kata.
 */
public final class OneScreen {
    static final int MAX_COMPILE_ERRORS = 10;
    static final int MAX_OUTPUT_LINES = 8;

    private OneScreen() {
    }

    public static String render(Manifest manifest, Verdict verdict, int onlyTask) {
        Manifest.Kata kata = manifest.kata(verdict.slug()).orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append(headline(verdict, onlyTask)).append('\n');
        if (verdict.status() == KataStatus.COMPILE_ERROR) {
            return out.append(compileErrors(verdict)).toString();
        }
        if (verdict.status() == KataStatus.RULE_VIOLATION) {
            return out.append(violations(verdict.violations())).toString();
        }
        out.append(taskTable(kata, verdict));
        if (!verdict.problem().isEmpty()) {
            out.append("\n  ⚠ ").append(indent(verdict.problem(), "    ")).append('\n');
        }
        Optional<SpecResult> failure = verdict.firstFailure();
        if (failure.isPresent()) {
            out.append(failureBlock(kata, failure.get()));
        } else {
            out.append(next(manifest, kata, onlyTask));
        }
        return out.toString();
    }

    private static String headline(Verdict verdict, int onlyTask) {
        String scope = onlyTask > 0 ? " (task " + onlyTask + " only: -Dtask=" + onlyTask + ")" : "";
        return switch (verdict.status()) {
            case COMPILE_ERROR -> String.format("%n%s does not compile%s:", verdict.slug(), scope);
            case RULE_VIOLATION -> String.format("%n%s breaks a rule, so its specs were not run%s:", verdict.slug(), scope);
            case PASSED -> String.format("%n%s: all %d specs pass%s ✓", verdict.slug(), verdict.expected(), scope);
            default -> String.format("%n%s: %d/%d specs pass%s", verdict.slug(), verdict.passed(), verdict.expected(), scope);
        };
    }

    private static String compileErrors(Verdict verdict) {
        StringBuilder out = new StringBuilder();
        List<String> errors = verdict.compileErrors();
        errors.stream().limit(MAX_COMPILE_ERRORS).forEach(error -> out.append("  ").append(error).append('\n'));
        if (errors.size() > MAX_COMPILE_ERRORS) {
            out.append("  … and ").append(errors.size() - MAX_COMPILE_ERRORS).append(" more\n");
        }
        return out.append("The specs run once it compiles.\n").toString();
    }

    private static String violations(List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        violations.forEach(violation -> out.append("  ").append(violation.line()).append('\n'));
        return out.append("Graded, such a kata scores 0. The rules and why they exist: README.md, \"The rules\".\n").toString();
    }

    private static String taskTable(Manifest.Kata kata, Verdict verdict) {
        StringBuilder out = new StringBuilder();
        Map<Integer, int[]> tasks = verdict.tasks();
        int current = verdict.firstFailure().map(SpecResult::task).orElse(-1);
        for (Map.Entry<Integer, int[]> task : tasks.entrySet()) {
            int[] counts = task.getValue();
            String title = kata.task(task.getKey()).map(Manifest.Task::title).orElse("(no task tag)");
            String mark = counts[0] == counts[1] ? "✓" : task.getKey() == current ? "✗  ← next" : "✗";
            out.append(String.format("  task %-2d %-56s %3d/%-3d %s%n", task.getKey(), cut(title, 56), counts[0], counts[1], mark));
        }
        return out.toString();
    }

    private static String failureBlock(Manifest.Kata kata, SpecResult failure) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n✗ task %d · %s%n", failure.task(), failure.path()));
        out.append("    ").append(indent(failure.message().isEmpty() ? "(no message)" : failure.message(), "    ")).append('\n');
        if (!failure.output().isBlank()) {
            List<String> lines = failure.output().strip().lines().toList();
            out.append("  your code printed:\n");
            lines.stream().limit(MAX_OUTPUT_LINES).forEach(line -> out.append("    | ").append(line).append('\n'));
            if (lines.size() > MAX_OUTPUT_LINES) {
                out.append("    | … (").append(lines.size() - MAX_OUTPUT_LINES).append(" more lines)\n");
            }
        }
        out.append(String.format("  lesson: katas/%s/README.md#task-%d    stuck? ./mvnw -q -Phint -Dkata=%s%n",
                kata.slug(), Math.max(1, failure.task()), kata.slug()));
        return out.toString();
    }

    private static String next(Manifest manifest, Manifest.Kata kata, int onlyTask) {
        if (onlyTask > 0) {
            return String.format("%nTask %d is done. The whole kata: ./mvnw test -Pkata=%s%n", onlyTask, kata.slug());
        }
        int index = manifest.slugs().indexOf(kata.slug());
        if (index + 1 >= manifest.slugs().size()) {
            return "\nThat was the last kata. Where you stand overall: ./mvnw test -Pkatas\n";
        }
        return String.format("%nnext: ./mvnw test -Pkata=%s%n", manifest.slugs().get(index + 1));
    }

    static String indent(String text, String prefix) {
        return String.join("\n" + prefix, text.lines().toList());
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
