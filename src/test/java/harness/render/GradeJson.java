package harness.render;

import com.google.gson.GsonBuilder;
import harness.Manifest;
import harness.verdict.SpecResult;
import harness.verdict.Verdict;
import harness.verdict.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code grade.json}, schema version 1: the file teachers aggregate. Documented in the README
 * ("grade.json") and validated by {@code GradeJsonTest}; a change that breaks a reader bumps
 * {@link #SCHEMA}.
 */
public final class GradeJson {
    public static final int SCHEMA = 1;

    private GradeJson() {
    }

    public static String render(Grade grade) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", SCHEMA);
        root.put("status", grade.status());
        Grade.Provenance from = grade.provenance();
        root.put("upstream", Map.of("repository", from.upstreamRepository(), "ref", from.upstreamRef(), "sha", from.upstreamSha()));
        root.put("student", Map.of("repository", from.studentRepository(), "sha", from.studentSha()));
        root.put("jdk", from.jdk());
        root.put("started", from.started());
        root.put("finished", from.finished());
        root.put("passed", grade.passed());
        root.put("expected", grade.expected());
        root.put("points", grade.points());
        root.put("max_points", grade.maxPoints());
        List<Object> katas = new ArrayList<>();
        for (Verdict verdict : grade.verdicts()) {
            katas.add(kata(grade.manifest().kata(verdict.slug()).orElseThrow(), verdict));
        }
        root.put("katas", katas);
        root.put("not_graded", grade.notGraded().stream().map(file -> Map.of("path", file.path(), "why", file.why())).toList());
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static Map<String, Object> kata(Manifest.Kata kata, Verdict verdict) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", verdict.slug());
        entry.put("status", verdict.status().json());
        entry.put("passed", verdict.passed());
        entry.put("expected", verdict.expected());
        entry.put("points", Points.of(verdict));
        entry.put("max_points", Points.PER_KATA);
        List<Object> tasks = new ArrayList<>();
        verdict.tasks().forEach((task, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("task", task);
            row.put("title", kata.task(task).map(Manifest.Task::title).orElse(""));
            row.put("passed", counts[0]);
            row.put("expected", counts[1]);
            tasks.add(row);
        });
        entry.put("tasks", tasks);
        entry.put("first_failure", verdict.firstFailure().map(GradeJson::failure).orElse(null));
        entry.put("violations", verdict.violations().stream().map(GradeJson::violation).toList());
        entry.put("compile_errors", verdict.compileErrors());
        entry.put("problem", verdict.problem());
        return entry;
    }

    private static Map<String, Object> failure(SpecResult spec) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("spec", spec.path());
        failure.put("task", spec.task());
        failure.put("message", spec.message());
        return failure;
    }

    private static Map<String, Object> violation(Violation violation) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rule", violation.rule());
        entry.put("where", violation.where());
        entry.put("what", violation.what());
        return entry;
    }
}
