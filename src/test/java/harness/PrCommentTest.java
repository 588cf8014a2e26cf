package harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pull-request grade comment")
class PrCommentTest {
    private static final String HEAD = "a".repeat(40);
    private static final List<String> SLUGS = List.of("setup");
    private static final String GRADE = """
            {"student": {"sha": "%s"},
             "katas": [{"slug": "setup", "passed": 3, "expected": 4, "points": 75, "first_failure": "<script>"}],
             "passed": 3, "expected": 4, "points": 75, "max_points": 100}""".formatted(HEAD);
    private static final List<String> LEARNER_FILES = List.of("katas/setup/PythonVersion.java");

    @Test
    @DisplayName("reports only numbers from grade.json, under the trusted manifest's slugs")
    void reportsNumbers() {
        String comment = PrComment.render(GRADE, LEARNER_FILES, 1, HEAD, SLUGS);
        assertThat(comment).as("the comment").contains("| setup | 3/4 | 75 |").contains("3/4 specs, 75/100 points")
                .doesNotContain("<script>");
    }

    @Test
    @DisplayName("posts no score when the PR changes anything but katas/<slug>/<Name>.java")
    void withholdsScoreForOtherFiles() {
        for (String other : List.of("src/test/java/setup/VersionSpec.java", ".github/workflows/grade-pr.yml", "target/x.xml",
                "katas/zzz/X.java", "katas/setup/deeper/X.java", "katas/manifest.json", "solutions/setup/PythonVersion.java")) {
            String comment = PrComment.render(GRADE, List.of(LEARNER_FILES.get(0), other), 2, HEAD, SLUGS);
            assertThat(comment).as("comment on a PR that also changes %s", other).contains("No score is posted").doesNotContain("75/100");
        }
    }

    @Test
    @DisplayName("posts no score when GitHub cannot list every changed file")
    void withholdsScoreForHugePullRequests() {
        assertThat(PrComment.render(GRADE, LEARNER_FILES, 3000, HEAD, SLUGS)).as("comment on a PR of 3,000 files")
                .contains("No score is posted").doesNotContain("75/100");
    }

    @Test
    @DisplayName("posts no score for a report of another commit, or of other katas")
    void withholdsScoreForForeignReports() {
        assertThat(PrComment.render(GRADE, LEARNER_FILES, 1, "b".repeat(40), SLUGS)).as("report of another commit")
                .contains("not of this pull request's head").doesNotContain("75/100");
        assertThat(PrComment.render(GRADE.replace("\"setup\"", "\"[click](http://x)\""), LEARNER_FILES, 1, HEAD, SLUGS))
                .as("report whose slugs are not the manifest's").contains("No score is posted").doesNotContain("click");
        assertThat(PrComment.render("{}", LEARNER_FILES, 1, HEAD, SLUGS)).as("no report at all").contains("left no report");
    }
}
