package harness.render;

import harness.Manifest;
import harness.lang.Language;
import harness.lang.Phrase;
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
 * what it said, and where to read; or, when all is green, the next kata. In the learner's
 * {@link Language}: its phrases, its task titles (from the manifest loaded in that language) and its lesson.
 */
public final class OneScreen {
    static final int MAX_COMPILE_ERRORS = 10;
    static final int MAX_OUTPUT_LINES = 8;

    private OneScreen() {
    }

    public static String render(Manifest manifest, Verdict verdict, int onlyTask) {
        return render(manifest, verdict, onlyTask, Language.EN);
    }

    public static String render(Manifest manifest, Verdict verdict, int onlyTask, Language language) {
        Manifest.Kata kata = manifest.kata(verdict.slug()).orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append(headline(verdict, onlyTask, language)).append('\n');
        if (verdict.status() == KataStatus.COMPILE_ERROR) {
            return out.append(compileErrors(verdict, language)).toString();
        }
        if (verdict.status() == KataStatus.RULE_VIOLATION) {
            return out.append(violations(verdict.violations(), language)).toString();
        }
        out.append(taskTable(kata, verdict, language));
        if (!verdict.problem().isEmpty()) {
            out.append("\n  ⚠ ").append(indent(verdict.problem(), "    ")).append('\n');
        }
        Optional<SpecResult> failure = verdict.firstFailure();
        if (failure.isPresent()) {
            out.append(failureBlock(kata, failure.get(), language));
        } else {
            out.append(next(manifest, kata, onlyTask, language));
        }
        return out.toString();
    }

    private static String headline(Verdict verdict, int onlyTask, Language language) {
        String scope = onlyTask > 0 ? Phrase.ONLY_TASK.in(language, onlyTask, onlyTask) : "";
        return switch (verdict.status()) {
            case COMPILE_ERROR -> Phrase.DOES_NOT_COMPILE.in(language, verdict.slug(), scope);
            case RULE_VIOLATION -> Phrase.BREAKS_A_RULE.in(language, verdict.slug(), scope);
            case PASSED -> Phrase.ALL_PASS.in(language, verdict.slug(), verdict.expected(), scope);
            default -> Phrase.SOME_PASS.in(language, verdict.slug(), verdict.passed(), verdict.expected(), scope);
        };
    }

    private static String compileErrors(Verdict verdict, Language language) {
        StringBuilder out = new StringBuilder();
        List<String> errors = verdict.compileErrors();
        errors.stream().limit(MAX_COMPILE_ERRORS).forEach(error -> out.append("  ").append(error).append('\n'));
        if (errors.size() > MAX_COMPILE_ERRORS) {
            out.append(Phrase.MORE_ERRORS.in(language, errors.size() - MAX_COMPILE_ERRORS));
        }
        return out.append(Phrase.RUNS_ONCE_IT_COMPILES.in(language)).toString();
    }

    private static String violations(List<Violation> violations, Language language) {
        StringBuilder out = new StringBuilder();
        violations.forEach(violation -> out.append("  ").append(violation.line()).append('\n'));
        return out.append(Phrase.SCORES_ZERO.in(language)).toString();
    }

    private static String taskTable(Manifest.Kata kata, Verdict verdict, Language language) {
        StringBuilder out = new StringBuilder();
        Map<Integer, int[]> tasks = verdict.tasks();
        int current = verdict.firstFailure().map(SpecResult::task).orElse(-1);
        for (Map.Entry<Integer, int[]> task : tasks.entrySet()) {
            int[] counts = task.getValue();
            String title = kata.task(task.getKey()).map(Manifest.Task::title).orElse(Phrase.NO_TASK_TAG.in(language));
            String mark = counts[0] == counts[1] ? "✓" : task.getKey() == current ? Phrase.NEXT_MARK.in(language) : "✗";
            out.append(Phrase.TASK_ROW.in(language, task.getKey(), cut(title, 56), counts[0], counts[1], mark));
        }
        return out.toString();
    }

    private static String failureBlock(Manifest.Kata kata, SpecResult failure, Language language) {
        StringBuilder out = new StringBuilder();
        out.append(Phrase.FAILED_SPEC.in(language, failure.task(), failure.path()));
        out.append("    ").append(indent(failure.message().isEmpty() ? Phrase.NO_MESSAGE.in(language) : failure.message(), "    ")).append('\n');
        if (!failure.output().isBlank()) {
            List<String> lines = failure.output().strip().lines().toList();
            out.append(Phrase.YOUR_CODE_PRINTED.in(language));
            lines.stream().limit(MAX_OUTPUT_LINES).forEach(line -> out.append("    | ").append(line).append('\n'));
            if (lines.size() > MAX_OUTPUT_LINES) {
                out.append(Phrase.MORE_LINES.in(language, lines.size() - MAX_OUTPUT_LINES));
            }
        }
        Language other = language == Language.EN ? Language.ZH : Language.EN;
        out.append(Phrase.LESSON_AND_HINT.in(language, Manifest.taskLink(kata.slug(), failure.task(), language), kata.slug()));
        out.append(Phrase.OTHER_LESSON.in(language, Manifest.taskLink(kata.slug(), failure.task(), other)));
        return out.toString();
    }

    private static String next(Manifest manifest, Manifest.Kata kata, int onlyTask, Language language) {
        if (onlyTask > 0) {
            return Phrase.TASK_DONE.in(language, onlyTask, kata.slug());
        }
        int index = manifest.slugs().indexOf(kata.slug());
        if (index + 1 >= manifest.slugs().size()) {
            return Phrase.LAST_KATA.in(language);
        }
        return Phrase.NEXT_KATA.in(language, manifest.slugs().get(index + 1));
    }

    static String indent(String text, String prefix) {
        return String.join("\n" + prefix, text.lines().toList());
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
