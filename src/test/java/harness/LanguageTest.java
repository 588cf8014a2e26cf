package harness;

import static org.assertj.core.api.Assertions.assertThat;

import harness.lang.Language;
import harness.lang.Phrase;
import harness.render.OneScreen;
import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dlang=zh}: the one screen and the hints speak Chinese and point at the Chinese lesson. */
@DisplayName("The learner's language")
class LanguageTest {
    private static final Pattern FORMAT = Pattern.compile("%(?:-?\\d+)?[sdn]");

    @Test
    @DisplayName("every phrase has both languages, with the same kinds of placeholders in the same order")
    void phrasesAgree() {
        for (Phrase phrase : Phrase.values()) {
            assertThat(phrase.template(Language.ZH)).as("%s in Chinese", phrase).isNotBlank().isNotEqualTo(phrase.template(Language.EN));
            assertThat(specifiers(phrase.template(Language.ZH))).as("%s: the placeholders of both texts", phrase)
                    .isEqualTo(specifiers(phrase.template(Language.EN)));
        }
    }

    @Test
    @DisplayName("the one screen of a failing kata: Chinese task titles, the Chinese lesson first, the English one named")
    void screenInChinese() {
        Manifest chinese = Manifest.load(Manifest.basedir(), Language.ZH);
        String screen = OneScreen.render(chinese, failingSetup(), 0, Language.ZH);
        String title = chinese.kata("setup").orElseThrow().task(1).orElseThrow().title();
        assertThat(title).as("task 1's title, from ### 任务 1：… in katas/setup/README.zh.md").matches(".*\\p{IsHan}.*");
        assertThat(screen).as("the screen under -Dlang=zh")
                .contains("setup：0/1 个测试用例通过", "任务 1  " + title, "讲义：katas/setup/README.zh.md#task-1",
                        "English lesson: katas/setup/README.md#task-1");
        assertThat(OneScreen.render(Manifest.load(Manifest.basedir()), failingSetup(), 0, Language.EN))
                .as("the English screen names the Chinese lesson too").contains("中文讲义：katas/setup/README.zh.md#task-1");
    }

    @Test
    @DisplayName("the hints under -Dlang=zh are the Chinese lesson's, one for each English hint")
    void hintsInChinese(@TempDir Path memory) throws IOException {
        Manifest english = Manifest.load(Manifest.basedir(), Language.EN);
        Manifest chinese = Manifest.load(Manifest.basedir(), Language.ZH);
        List<String> englishHints = english.kata("setup").orElseThrow().task(1).orElseThrow().hints();
        List<String> chineseHints = chinese.kata("setup").orElseThrow().task(1).orElseThrow().hints();
        assertThat(chineseHints).as("task 1's hints in README.zh.md").hasSameSizeAs(englishHints).doesNotContainAnyElementsOf(englishHints);

        String hint = Hints.next(chinese, chinese.kata("setup").orElseThrow(), failingSetup(), memory.resolve("hints.properties"), Language.ZH);
        assertThat(hint).as("./mvnw -q -Phint -Dkata=setup -Dlang=zh")
                .contains("提示 1/" + chineseHints.size() + "：" + chineseHints.get(0), "讲义：katas/setup/README.zh.md#task-1");
    }

    private static Verdict failingSetup() {
        List<SpecResult> specs = List.of(new SpecResult("id", "PythonVersion › parses 3.11.7", 1, SpecStatus.FAILED, "TODO(task 1)", ""));
        return new Verdict("setup", Verdict.statusOf(specs, List.of(), List.of(), null), specs, List.of(), List.of(), "");
    }

    private static List<String> specifiers(String template) {
        Matcher specifier = FORMAT.matcher(template);
        // Widths may differ (Chinese characters are wide); the kinds and their order may not.
        return specifier.results().map(MatchResult::group).filter(text -> !text.equals("%n"))
                .map(text -> text.substring(text.length() - 1)).toList();
    }
}
