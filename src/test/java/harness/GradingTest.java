package harness;

import static org.assertj.core.api.Assertions.assertThat;

import harness.SurefireReports.Outcome;
import harness.SurefireReports.TestCase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Grading")
class GradingTest {
    private static final Manifest TWO_KATAS = new Manifest(List.of(
            new Manifest.Kata("alpha", "甲", "Alpha", List.of(new Manifest.Task(1, "one", List.of("hint")))),
            new Manifest.Kata("beta", "乙", "Beta", List.of(new Manifest.Task(1, "one", List.of("hint"))))));

    private static TestCase spec(String testClass, String name, Outcome outcome) {
        return new TestCase(testClass, "suite", name, outcome, outcome == Outcome.PASSED ? "" : "expected 3\nbut was 4");
    }

    @Nested
    @DisplayName("the progress report")
    class Report {
        @Test
        @DisplayName("counts passed/total per kata in manifest order and names the first failing spec")
        void countsPerKata() {
            KataReport.Grade grade = KataReport.grade(TWO_KATAS, List.of(
                    spec("beta.BSpec", "b1", Outcome.PASSED),
                    spec("alpha.ASpec", "a1", Outcome.PASSED),
                    spec("alpha.ASpec", "a2", Outcome.FAILED),
                    spec("alpha.ASpec", "a3", Outcome.ERROR),
                    spec("alpha.ASpec", "a4", Outcome.PASSED)));
            assertThat(grade.katas()).extracting(KataReport.KataResult::slug).containsExactly("alpha", "beta");
            KataReport.KataResult alpha = grade.katas().get(0);
            assertThat(List.of(alpha.passed(), alpha.total(), alpha.points())).as("alpha: passed, total, points")
                    .containsExactly(2, 4, 50);
            assertThat(alpha.firstFailure()).as("only the first line of the first failure").isEqualTo("suite › a2: expected 3");
            assertThat(List.of(grade.passed(), grade.total(), grade.points(), grade.maxPoints()))
                    .as("totals").containsExactly(3, 5, 150, 200);
        }

        @Test
        @DisplayName("scores a kata 0 when its code breaks an architecture rule, and says which")
        void architectureViolationZeroesTheKata() {
            KataReport.Grade grade = KataReport.grade(TWO_KATAS, List.of(
                    spec("alpha.ASpec", "a1", Outcome.PASSED),
                    spec("architecture.KataArchitectureTest", "rules alpha: katas/ obeys the separation rules", Outcome.FAILED),
                    spec("architecture.KataArchitectureTest", "rules beta: katas/ obeys the separation rules", Outcome.PASSED)));
            assertThat(grade.katas().get(0).points()).as("alpha passes its spec but breaks a rule").isZero();
            assertThat(grade.katas().get(0).architectureViolations()).singleElement().asString().contains("alpha: katas/");
            assertThat(KataReport.markdown(grade)).contains("architecture rule broken");
        }

        @Test
        @DisplayName("scores a kata 0 when .ci/grade found that it does not compile, and shows the error")
        void compileErrorZeroesTheKata() {
            KataReport.Grade grade = KataReport.grade(TWO_KATAS, List.of(spec("alpha.ASpec", "a1", Outcome.PASSED)),
                    java.util.Map.of("alpha", "Hello.java:[6,31] ';' expected"));
            KataReport.KataResult alpha = grade.katas().get(0);
            assertThat(List.of(alpha.passed(), alpha.points())).as("passed, points").containsExactly(0, 0);
            assertThat(alpha.status()).isEqualTo("✗ compile");
            assertThat(KataReport.json(grade)).contains("\"compile_error\": \"Hello.java:[6,31] ';' expected\"");
        }

        @Test
        @DisplayName("writes grade.json with slug, passed, total and points per kata, plus totals")
        void writesJson() {
            String json = KataReport.json(KataReport.grade(TWO_KATAS, List.of(spec("beta.BSpec", "b1", Outcome.PASSED))));
            assertThat(json).contains("\"slug\": \"alpha\"", "\"slug\": \"beta\"", "\"passed\": 1", "\"total\": 1",
                    "\"points\": 100", "\"max_points\": 200");
        }
    }

    @Nested
    @DisplayName("the -Pcheck gate")
    class Check {
        private final Set<String> katas = Set.of("alpha");

        @Test
        @DisplayName("accepts specs that pass on the solutions and fail on the stubs")
        void acceptsHonestSpecs() {
            assertThat(SpecCheck.offenders(katas,
                    List.of(spec("alpha.ASpec", "a1", Outcome.PASSED)),
                    List.of(spec("alpha.ASpec", "a1", Outcome.ERROR)))).isEmpty();
        }

        @Test
        @DisplayName("lists a spec that passes against the stub, and one that fails against the solution")
        void listsOffenders() {
            assertThat(SpecCheck.offenders(katas,
                    List.of(spec("alpha.ASpec", "a1", Outcome.PASSED), spec("alpha.ASpec", "a2", Outcome.FAILED)),
                    List.of(spec("alpha.ASpec", "a1", Outcome.PASSED), spec("alpha.ASpec", "a2", Outcome.FAILED))))
                    .containsExactly(
                            "does not fail against the pristine stub (PASSED): alpha.ASpec > suite > a1",
                            "does not pass against the solution (FAILED): alpha.ASpec > suite > a2");
        }

        @Test
        @DisplayName("lists a spec that never ran against the stub, unless its whole class failed to start")
        void listsMissingRuns() {
            assertThat(SpecCheck.offenders(katas, List.of(spec("alpha.ASpec", "a1", Outcome.PASSED)), List.of()))
                    .singleElement().asString().contains("0x against the stub");
            assertThat(SpecCheck.offenders(katas, List.of(spec("alpha.ASpec", "a1", Outcome.PASSED)),
                    List.of(spec("alpha.ASpec", "classMethod", Outcome.ERROR)))).isEmpty();
        }
    }
}
