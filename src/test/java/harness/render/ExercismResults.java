package harness.render;

import com.google.gson.GsonBuilder;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kata's verdict as an Exercism test-runner {@code results.json}, version 3, with each spec's
 * task as its {@code task_id}: so that a grader built for Exercism can read the same run.
 */
public final class ExercismResults {
    /** Exercism caps a test's output at 500 characters. */
    static final int MAX_OUTPUT = 500;

    private ExercismResults() {
    }

    public static String render(Verdict verdict) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 3);
        boolean error = verdict.status() == KataStatus.COMPILE_ERROR || verdict.status() == KataStatus.RULE_VIOLATION;
        root.put("status", error ? "error" : verdict.status() == KataStatus.PASSED ? "pass" : "fail");
        if (error) {
            List<String> lines = new ArrayList<>(verdict.compileErrors());
            verdict.violations().forEach(violation -> lines.add(violation.line()));
            root.put("message", String.join("\n", lines));
        } else if (!verdict.problem().isEmpty()) {
            root.put("message", verdict.problem());
        }
        List<Object> tests = new ArrayList<>();
        for (SpecResult spec : verdict.specs()) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("name", spec.path());
            test.put("test_code", "");
            test.put("status", spec.passed() ? "pass" : spec.status() == harness.verdict.SpecStatus.NOT_RUN ? "error" : "fail");
            if (!spec.passed()) {
                test.put("message", spec.message());
            }
            if (!spec.output().isEmpty()) {
                test.put("output", spec.output().length() > MAX_OUTPUT ? spec.output().substring(0, MAX_OUTPUT) : spec.output());
            }
            test.put("task_id", spec.task());
            tests.add(test);
        }
        root.put("tests", tests);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
