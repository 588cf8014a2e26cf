package harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pull-request grade comment")
class PrCommentTest {
    private static final String GRADE = """
            {"katas": [{"slug": "setup", "passed": 3, "expected": 4, "points": 75, "first_failure": "<script>"}],
             "passed": 3, "expected": 4, "points": 75, "max_points": 100}""";

    @Test
    @DisplayName("reports only numbers and slugs from grade.json")
    void reportsNumbers() {
        String comment = PrComment.render(GRADE, List.of("katas/setup/PythonVersion.java"));
        assertThat(comment).contains("| setup | 3/4 | 75 |").contains("3/4 specs, 75/100 points")
                .as("free text from the untrusted run is never pasted").doesNotContain("<script>");
    }

    @Test
    @DisplayName("withholds the score when the PR touches specs, build or workflows")
    void withholdsScoreWhenGradingFilesChange() {
        String comment = PrComment.render(GRADE, List.of("katas/setup/PythonVersion.java", "src/test/java/setup/VersionSpec.java"));
        assertThat(comment).contains("no score is reported").contains("src/test/java/setup/VersionSpec.java")
                .doesNotContain("75/100");
    }

    @Test
    @DisplayName("refuses a grade.json whose slug is not slug-shaped")
    void refusesForgedSlugs() {
        assertThatThrownBy(() -> PrComment.render(GRADE.replace("\"setup\"", "\"[click](http://x)\""), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
