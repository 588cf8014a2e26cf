package harness;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress table at the end of {@code mvn test -Pkatas}: passed/total specs per kata, in
 * teaching order, with points and the first failing spec. Also written to
 * {@code target/kata-report/summary.md} and {@code grade.json}, and appended to
 * {@code $GITHUB_STEP_SUMMARY} when that is set. A kata whose code breaks an architecture rule
 * scores 0 points, and the report says which rule.
 */
public final class KataReport {
    static final int POINTS_PER_KATA = 100;

    record KataResult(String slug, String section, String title, int passed, int total, int points,
                      List<String> architectureViolations, String firstFailure, String compileError) {
        String status() {
            if (compileError != null) {
                return "✗ compile";
            }
            if (!architectureViolations.isEmpty()) {
                return "✗ rules";
            }
            return total > 0 && passed == total ? "✓" : passed == 0 ? "✗" : "partial";
        }
    }

    record Grade(List<KataResult> katas, int passed, int total, int points, int maxPoints) {
    }

    private KataReport() {
    }

    public static void main(String[] args) throws IOException {
        Path basedir = Path.of(args[0]);
        Path out = Path.of(args[2]);
        Grade grade = grade(Manifest.load(basedir), SurefireReports.read(Path.of(args[1])),
                compileErrors(out.resolve("compile-errors")));
        Files.createDirectories(out);
        String markdown = markdown(grade);
        Files.writeString(out.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("grade.json"), json(grade), StandardCharsets.UTF_8);
        String stepSummary = System.getenv("GITHUB_STEP_SUMMARY");
        if (stepSummary != null && !stepSummary.isBlank()) {
            Files.writeString(Path.of(stepSummary), markdown, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.out.println(console(grade));
        System.out.println("Written to " + out.resolve("summary.md") + " and " + out.resolve("grade.json"));
    }

    /** Written by .ci/grade for each kata that did not compile: the compiler's output. */
    static Map<String, String> compileErrors(Path directory) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".txt")).toList()) {
                    String slug = file.getFileName().toString().replace(".txt", "");
                    errors.put(slug, firstError(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return errors;
    }

    private static String firstError(String compilerOutput) {
        return compilerOutput.lines().filter(line -> line.contains("ERROR") && line.contains(".java"))
                .map(line -> line.replaceFirst("^\\[ERROR\\] *", "")).findFirst().orElse("does not compile");
    }

    static Grade grade(Manifest manifest, List<SurefireReports.TestCase> cases) {
        return grade(manifest, cases, Map.of());
    }

    static Grade grade(Manifest manifest, List<SurefireReports.TestCase> cases, Map<String, String> compileErrors) {
        List<KataResult> results = new ArrayList<>();
        for (Manifest.Kata kata : manifest.katas()) {
            results.add(result(kata, cases, compileErrors.get(kata.slug())));
        }
        return new Grade(results,
                results.stream().mapToInt(KataResult::passed).sum(),
                results.stream().mapToInt(KataResult::total).sum(),
                results.stream().mapToInt(KataResult::points).sum(),
                POINTS_PER_KATA * results.size());
    }

    private static KataResult result(Manifest.Kata kata, List<SurefireReports.TestCase> cases, String compileError) {
        int passed = 0;
        int total = 0;
        String firstFailure = null;
        List<String> violations = new ArrayList<>();
        for (SurefireReports.TestCase test : cases) {
            if (test.kata().equals(kata.slug())) {
                total++;
                if (test.passed()) {
                    passed++;
                } else if (firstFailure == null) {
                    firstFailure = test.suite() + " › " + test.name() + ": " + firstLine(test.message());
                }
            } else if (test.kata().equals("architecture") && (test.name().startsWith(kata.slug() + ": ") || test.name().contains(" " + kata.slug() + ": ")) && !test.passed()) {
                violations.add(test.name() + " — " + firstLine(test.message()));
            }
        }
        if (compileError != null) {
            // The pristine stubs stood in for the learner's code: nothing of theirs passed.
            passed = 0;
            firstFailure = "does not compile: " + compileError;
        }
        int points = violations.isEmpty() && total > 0 ? POINTS_PER_KATA * passed / total : 0;
        return new KataResult(kata.slug(), kata.section(), kata.title(), passed, total, points, violations, firstFailure,
                compileError);
    }

    static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }

    static String console(Grade grade) {
        StringBuilder out = new StringBuilder("\nKata progress (your code in katas/)\n");
        out.append(String.format("  %-3s %-12s %-10s %-8s %s%n", "#", "kata", "specs", "points", "status"));
        int index = 1;
        for (KataResult kata : grade.katas()) {
            out.append(String.format("  %-3d %-12s %-10s %-8s %s%n", index++, kata.slug(),
                    kata.passed() + "/" + kata.total(), kata.points() + "/" + POINTS_PER_KATA, kata.status()));
            if (!kata.architectureViolations().isEmpty()) {
                out.append("        architecture rule broken (kata scores 0): ").append(kata.architectureViolations().get(0)).append('\n');
            } else if (kata.firstFailure() != null) {
                out.append("        next: ").append(kata.firstFailure()).append('\n');
            }
        }
        out.append(String.format("  total: %d/%d specs, %d/%d points%n", grade.passed(), grade.total(), grade.points(), grade.maxPoints()));
        return out.toString();
    }

    static String markdown(Grade grade) {
        StringBuilder out = new StringBuilder("## Kata progress\n\n");
        out.append("| # | kata | section | specs | points | status | first failing spec |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        int index = 1;
        for (KataResult kata : grade.katas()) {
            String detail = !kata.architectureViolations().isEmpty()
                    ? "architecture rule broken: " + String.join("; ", kata.architectureViolations())
                    : kata.firstFailure() == null ? "" : kata.firstFailure();
            out.append(String.format("| %d | %s | %s | %d/%d | %d | %s | %s |%n", index++, kata.slug(), kata.section(),
                    kata.passed(), kata.total(), kata.points(), kata.status(), escape(detail)));
        }
        out.append(String.format("%n**Total:** %d/%d specs, %d/%d points.%n", grade.passed(), grade.total(),
                grade.points(), grade.maxPoints()));
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }

    static String json(Grade grade) {
        List<Map<String, Object>> katas = new ArrayList<>();
        for (KataResult kata : grade.katas()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", kata.slug());
            entry.put("passed", kata.passed());
            entry.put("total", kata.total());
            entry.put("points", kata.points());
            entry.put("max_points", POINTS_PER_KATA);
            entry.put("architecture_violations", kata.architectureViolations());
            entry.put("first_failure", kata.firstFailure());
            entry.put("compile_error", kata.compileError());
            katas.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("katas", katas);
        root.put("passed", grade.passed());
        root.put("total", grade.total());
        root.put("points", grade.points());
        root.put("max_points", grade.maxPoints());
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
