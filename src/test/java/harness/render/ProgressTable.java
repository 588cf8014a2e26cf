package harness.render;

import harness.Manifest;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.Verdict;
import java.util.Optional;

/** The progress table of {@code -Pkatas}: one row per kata, for the console and as markdown. */
public final class ProgressTable {
    private ProgressTable() {
    }

    public static String console(Grade grade) {
        StringBuilder out = new StringBuilder("\nKata progress (your code in katas/)\n");
        out.append(String.format("  %-3s %-12s %-10s %-8s %s%n", "#", "kata", "specs", "points", "status"));
        int index = 1;
        for (Verdict verdict : grade.verdicts()) {
            out.append(String.format("  %-3d %-12s %-10s %-8s %s%n", index++, verdict.slug(), verdict.passed() + "/" + verdict.expected(),
                    Points.of(verdict) + "/" + Points.PER_KATA, status(verdict)));
            next(verdict).ifPresent(line -> out.append("        ").append(line).append('\n'));
        }
        out.append(String.format("  total: %d/%d specs, %d/%d points%n", grade.passed(), grade.expected(), grade.points(), grade.maxPoints()));
        return out.toString();
    }

    public static String markdown(Grade grade) {
        StringBuilder out = new StringBuilder("## Kata progress\n\n");
        out.append("| # | kata | section | specs | points | status | next |\n|---|---|---|---|---|---|---|\n");
        int index = 1;
        for (Verdict verdict : grade.verdicts()) {
            Manifest.Kata kata = grade.manifest().kata(verdict.slug()).orElseThrow();
            out.append(String.format("| %d | %s | %s | %d/%d | %d | %s | %s |%n", index++, verdict.slug(), kata.section(),
                    verdict.passed(), verdict.expected(), Points.of(verdict), status(verdict), cell(next(verdict).orElse(""))));
        }
        out.append(String.format("%n**Total:** %d/%d specs, %d/%d points.%n", grade.passed(), grade.expected(),
                grade.points(), grade.maxPoints()));
        if (!grade.notGraded().isEmpty()) {
            out.append("\nFiles of the fork that were not graded (only regular `katas/<slug>/<Name>.java` files in `package <slug>` are):\n\n");
            grade.notGraded().forEach(file -> out.append("- ").append(cell(file.path())).append(": ").append(cell(file.why())).append('\n'));
        }
        return out.toString();
    }

    static String status(Verdict verdict) {
        return switch (verdict.status()) {
            case PASSED -> "✓";
            case FAILED -> verdict.passed() == 0 ? "✗" : "partial";
            default -> "✗ " + verdict.status().json().replace('_', ' ');
        };
    }

    /** The one line that says what to do next: the first failure, the first compile error, or the first broken rule. */
    static Optional<String> next(Verdict verdict) {
        if (verdict.status() == KataStatus.COMPILE_ERROR) {
            return Optional.of("does not compile: " + verdict.compileErrors().get(0));
        }
        if (verdict.status() == KataStatus.RULE_VIOLATION) {
            return Optional.of("breaks a rule: " + verdict.violations().get(0).line());
        }
        if (!verdict.problem().isEmpty()) {
            return Optional.of(verdict.problem().lines().findFirst().orElse(""));
        }
        return verdict.firstFailure().map(ProgressTable::failureLine);
    }

    private static String failureLine(SpecResult failure) {
        String message = failure.message().lines().findFirst().orElse("");
        return "next: task " + failure.task() + " · " + failure.path() + ": " + message;
    }

    /** Text from a spec, a compiler or a fork's file names, made inert in a markdown table: no markup, links or mentions. */
    private static String cell(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").replaceAll("([\\\\`*_\\[\\]<>|@#!])", "\\\\$1");
    }
}
