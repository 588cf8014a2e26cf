package harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import harness.grading.ForkCode;
import harness.render.ExercismResults;
import harness.render.Grade;
import harness.render.GradeJson;
import harness.render.JUnitXml;
import harness.render.ProgressTable;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;
import harness.verdict.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Grading")
class GradingTest {
    static final Manifest TWO_KATAS = new Manifest(List.of(
            new Manifest.Kata("alpha", "甲", "Alpha", List.of(new Manifest.Task(1, "one", List.of("hint")),
                    new Manifest.Task(2, "two", List.of("hint")))),
            new Manifest.Kata("beta", "乙", "Beta", List.of(new Manifest.Task(1, "one", List.of("hint"))))));
    static final Grade.Provenance PROVENANCE = new Grade.Provenance("https://example.org/katas.git", "main", "abc123",
            "/forks/ann", "def456", "17.0.15", "2026-12-07T08:00:00Z", "2026-12-07T08:01:00Z");

    static SpecResult spec(String name, int task, SpecStatus status) {
        return new SpecResult("[engine:junit-jupiter]/[method:" + name + "()]", "Spec › " + name, task, status,
                status == SpecStatus.PASSED ? "" : "expected: 3\n but was: 4", "");
    }

    static Verdict verdict(String slug, List<SpecResult> specs) {
        return new Verdict(slug, Verdict.statusOf(specs, List.of(), List.of(), null), specs, List.of(), List.of(), "");
    }

    static final Verdict ALPHA = verdict("alpha", List.of(spec("a1", 2, SpecStatus.PASSED), spec("a2", 2, SpecStatus.FAILED),
            spec("a3", 1, SpecStatus.FAILED), spec("a4", 1, SpecStatus.PASSED)));
    static final Verdict BETA_BROKEN = new Verdict("beta", KataStatus.RULE_VIOLATION, List.of(spec("b1", 1, SpecStatus.NOT_RUN)),
            List.of(), List.of(new Violation("code under test may not end the JVM", "katas/beta/B.java:7", "calls java.lang.System.exit(int)")), "");

    @Nested
    @DisplayName("a verdict")
    class Verdicts {
        @Test
        @DisplayName("points at the first failure of the lowest task, whatever order the specs ran in")
        void firstFailureIsLowestTask() {
            assertThat(ALPHA.firstFailure()).as("first failure of alpha").map(SpecResult::path).contains("Spec › a3");
            assertThat(ALPHA.tasks()).as("per task {passed, total}").containsOnlyKeys(1, 2);
            assertThat(ALPHA.tasks().get(1)).as("task 1").containsExactly(1, 2);
            assertThat(List.of(ALPHA.passed(), (long) ALPHA.expected())).as("passed, expected").containsExactly(2L, 4L);
        }

        @Test
        @DisplayName("takes the status that comes first: compile error, then a broken rule, then a stopped JVM")
        void statusPrecedence() {
            List<SpecResult> allPassed = List.of(spec("x", 1, SpecStatus.PASSED));
            Violation violation = new Violation("r", "w", "x");
            assertThat(Verdict.statusOf(allPassed, List.of("e"), List.of(violation), KataStatus.CRASHED)).isEqualTo(KataStatus.COMPILE_ERROR);
            assertThat(Verdict.statusOf(allPassed, List.of(), List.of(violation), KataStatus.CRASHED)).isEqualTo(KataStatus.RULE_VIOLATION);
            assertThat(Verdict.statusOf(allPassed, List.of(), List.of(), KataStatus.TIMED_OUT)).isEqualTo(KataStatus.TIMED_OUT);
            assertThat(Verdict.statusOf(allPassed, List.of(), List.of(), null)).isEqualTo(KataStatus.PASSED);
            assertThat(Verdict.statusOf(List.of(), List.of(), List.of(), null)).as("no spec at all is not a pass").isEqualTo(KataStatus.FAILED);
        }
    }

    @Nested
    @DisplayName("the progress table")
    class Table {
        private final Grade grade = new Grade(TWO_KATAS, List.of(ALPHA, BETA_BROKEN), PROVENANCE);

        @Test
        @DisplayName("has a row per kata in teaching order, with points, and the first failure of the lowest task")
        void rows() {
            String table = ProgressTable.console(grade);
            assertThat(table).as("the console table").contains("alpha        2/4        50/100   partial")
                    .contains("next: task 1 · Spec › a3: expected: 3")
                    .contains("beta         0/1        0/100    ✗ rule violation")
                    .contains("breaks a rule: your katas/beta/B.java:7 calls java.lang.System.exit(int)")
                    .contains("total: 2/5 specs, 50/200 points");
            assertThat(table.indexOf("alpha")).as("alpha comes before beta").isLessThan(table.indexOf("beta "));
        }

        @Test
        @DisplayName("as markdown, escapes the pipes in a message")
        void markdown() {
            Verdict piped = verdict("alpha", List.of(new SpecResult("id", "p", 1, SpecStatus.FAILED, "a | b", "")));
            assertThat(ProgressTable.markdown(new Grade(TWO_KATAS, List.of(piped, BETA_BROKEN), PROVENANCE)))
                    .as("markdown table").contains("a \\| b").contains("| 1 | alpha | 甲 | 0/1 | 0 |");
        }
    }

    @Nested
    @DisplayName("grade.json, schema version 1")
    class Json {
        private final JsonObject root = JsonParser.parseString(
                GradeJson.render(new Grade(TWO_KATAS, List.of(ALPHA, BETA_BROKEN), PROVENANCE))).getAsJsonObject();

        @Test
        @DisplayName("has the documented top-level fields, with their types")
        void topLevel() {
            assertThat(root.get("schema_version").getAsInt()).as("schema_version").isEqualTo(1);
            assertThat(root.get("status").getAsString()).as("status").isIn("passed", "failed");
            for (String field : List.of("jdk", "started", "finished")) {
                assertThat(root.get(field).getAsString()).as(field).isNotBlank();
            }
            assertThat(root.getAsJsonObject("upstream").keySet()).as("upstream").containsExactlyInAnyOrder("repository", "ref", "sha");
            assertThat(root.getAsJsonObject("student").keySet()).as("student").containsExactlyInAnyOrder("repository", "sha");
            assertThat(root.getAsJsonArray("not_graded")).as("not_graded, empty when no fork's file was left out").isEmpty();
            assertThat(List.of(root.get("passed").getAsInt(), root.get("expected").getAsInt(), root.get("points").getAsInt(),
                    root.get("max_points").getAsInt())).as("passed, expected, points, max_points").containsExactly(2, 5, 50, 200);
        }

        @Test
        @DisplayName("has per kata: status, counts, points, tasks, the first failure, violations and compile errors")
        void perKata() {
            JsonArray katas = root.getAsJsonArray("katas");
            JsonObject alpha = katas.get(0).getAsJsonObject();
            assertThat(alpha.keySet()).as("fields of a kata").containsExactly("slug", "status", "passed", "expected", "points",
                    "max_points", "tasks", "first_failure", "violations", "compile_errors", "problem");
            assertThat(alpha.get("status").getAsString()).as("alpha's status").isEqualTo("failed");
            assertThat(alpha.getAsJsonArray("tasks").get(0).getAsJsonObject().get("title").getAsString()).as("task 1's title").isEqualTo("one");
            assertThat(alpha.getAsJsonObject("first_failure").get("task").getAsInt()).as("first failure's task").isEqualTo(1);
            JsonObject beta = katas.get(1).getAsJsonObject();
            assertThat(beta.get("status").getAsString()).as("beta's status").isEqualTo("rule_violation");
            assertThat(beta.get("points").getAsInt()).as("a broken rule scores 0").isZero();
            assertThat(beta.getAsJsonArray("violations").get(0).getAsJsonObject().get("where").getAsString())
                    .as("where the violation is").isEqualTo("katas/beta/B.java:7");
        }
    }

    @Test
    @DisplayName("lists the fork's files that were not graded, with the reason, in grade.json and summary.md")
    void notGraded() {
        Grade grade = new Grade(TWO_KATAS, List.of(ALPHA, BETA_BROKEN), PROVENANCE,
                List.of(new ForkCode.Ignored("katas/zzz/X.java", "no kata is called zzz")));
        JsonObject file = JsonParser.parseString(GradeJson.render(grade)).getAsJsonObject().getAsJsonArray("not_graded").get(0)
                .getAsJsonObject();
        assertThat(List.of(file.get("path").getAsString(), file.get("why").getAsString())).as("the file left out")
                .containsExactly("katas/zzz/X.java", "no kata is called zzz");
        assertThat(ProgressTable.markdown(grade)).as("summary.md").contains("katas/zzz/X.java: no kata is called zzz");
    }

    @Nested
    @DisplayName("the other result formats")
    class Formats {
        @Test
        @DisplayName("results.json follows Exercism's version 3, with each spec's task as task_id")
        void exercism() {
            JsonObject results = JsonParser.parseString(ExercismResults.render(ALPHA)).getAsJsonObject();
            assertThat(results.get("version").getAsInt()).as("version").isEqualTo(3);
            assertThat(results.get("status").getAsString()).as("status").isEqualTo("fail");
            JsonObject first = results.getAsJsonArray("tests").get(0).getAsJsonObject();
            assertThat(List.of(first.get("name").getAsString(), first.get("status").getAsString(), first.get("task_id").getAsString()))
                    .as("name, status, task_id of the first test").containsExactly("Spec › a1", "pass", "2");
            JsonObject broken = JsonParser.parseString(ExercismResults.render(BETA_BROKEN)).getAsJsonObject();
            assertThat(broken.get("status").getAsString()).as("a broken rule is an error").isEqualTo("error");
            assertThat(broken.get("message").getAsString()).as("its message").contains("System.exit");
        }

        @Test
        @DisplayName("the JUnit XML parses, counts failures, and escapes what XML cannot hold")
        void junitXml() throws Exception {
            Verdict odd = verdict("alpha", List.of(new SpecResult("id", "<a & \"b\">", 1, SpecStatus.FAILED, "bell \u0007 here", "")));
            String xml = JUnitXml.render(odd);
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            var suite = document.getDocumentElement();
            assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"))).as("tests, failures").containsExactly("1", "1");
            assertThat(document.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue())
                    .as("the spec's name survives escaping").isEqualTo("<a & \"b\">");
        }
    }

    @Nested
    @DisplayName("the -Pcheck gate")
    class Gate {
        @Test
        @DisplayName("accepts specs that fail on the stubs and pass on the solution")
        void acceptsHonestSpecs() {
            assertThat(Check.offenders(verdict("alpha", List.of(spec("a1", 1, SpecStatus.FAILED))),
                    verdict("alpha", List.of(spec("a1", 1, SpecStatus.PASSED))))).as("offenders").isEmpty();
        }

        @Test
        @DisplayName("lists a spec that passes on a stub, one that never ran there, and one that fails on the solution")
        void listsOffenders() {
            List<String> offenders = Check.offenders(
                    verdict("alpha", List.of(spec("a1", 1, SpecStatus.PASSED), spec("a2", 1, SpecStatus.NOT_RUN), spec("a3", 1, SpecStatus.FAILED))),
                    verdict("alpha", List.of(spec("a1", 1, SpecStatus.PASSED), spec("a2", 1, SpecStatus.PASSED), spec("a3", 1, SpecStatus.FAILED))));
            assertThat(offenders).as("offenders")
                    .anySatisfy(line -> assertThat(line).contains("passes against the pristine stub: Spec › a1"))
                    .anySatisfy(line -> assertThat(line).contains("did not run against the pristine stub: Spec › a2"))
                    .anySatisfy(line -> assertThat(line).contains("fails against the solution: Spec › a3"));
        }

        @Test
        @DisplayName("lists stubs that break a rule, and a kata without specs")
        void listsBrokenStubs() {
            assertThat(Check.offenders(BETA_BROKEN, verdict("beta", List.of()))).as("offenders")
                    .anySatisfy(line -> assertThat(line).contains("the stubs must compile, obey the rules and run").contains("System.exit"))
                    .anySatisfy(line -> assertThat(line).contains("no spec at all"));
        }
    }
}
