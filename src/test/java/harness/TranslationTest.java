package harness;

import static org.assertj.core.api.Assertions.assertThat;

import harness.lang.Glossary;
import harness.lang.Language;
import harness.lang.LessonSections;
import harness.lang.LessonSections.Section;
import harness.lang.TranslationCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The staleness gate of the Chinese lessons. Every kata has {@code README.zh.md}; each of its
 * sections and hints blocks records the fingerprint of the English text it renders, so editing one
 * English sentence fails this test, naming the section, until the translation and its marker are
 * updated. The glossary keeps one Chinese term per English term across all lessons.
 */
@DisplayName("The Chinese lessons")
class TranslationTest {
    private static final Path BASEDIR = Manifest.basedir();
    private static final Glossary GLOSSARY = Glossary.parse(read(BASEDIR.resolve(Glossary.FILE)));

    @TestFactory
    @DisplayName("render the current English lesson, section by section, hints included")
    Stream<DynamicTest> everyLessonIsCurrent() {
        return Manifest.load(BASEDIR).slugs().stream().map(slug -> DynamicTest.dynamicTest(slug, () -> {
            Path translation = Manifest.lesson(BASEDIR, slug, Language.ZH);
            assertThat(translation).as("katas/%s/README.zh.md, the Chinese lesson", slug).exists();
            List<String> problems = TranslationCheck.problems(read(Manifest.lesson(BASEDIR, slug)), read(translation), Language.ZH);
            assertThat(problems).as("katas/%s/README.zh.md against README.md", slug).isEmpty();
        }));
    }

    @TestFactory
    @DisplayName("use the glossary's terms, with the English the first time")
    Stream<DynamicTest> everyLessonFollowsTheGlossary() {
        return Manifest.load(BASEDIR).slugs().stream().map(slug -> DynamicTest.dynamicTest(slug, () -> {
            Path translation = Manifest.lesson(BASEDIR, slug, Language.ZH);
            assertThat(translation).as("katas/%s/README.zh.md, the Chinese lesson", slug).exists();
            String lesson = read(translation);
            assertThat(GLOSSARY.lessonProblems(lesson)).as("katas/%s/README.zh.md and %s", slug, Glossary.FILE).isEmpty();
            assertThat(unmarkedQuotations(lesson)).as("katas/%s/README.zh.md: rows of 笔记与 CPython 的出入 quote the notes"
                    + " as 笔记原文：「…」, or say （笔记未提及）", slug).isEmpty();
        }));
    }

    @Test
    @DisplayName("share a glossary that translates each term one way")
    void glossaryIsConsistent() {
        assertThat(GLOSSARY.terms()).as(Glossary.FILE).hasSizeGreaterThan(20);
        assertThat(GLOSSARY.tableProblems()).as(Glossary.FILE).isEmpty();
    }

    @Test
    @DisplayName("go stale when one English sentence is edited, and current again once the translation follows")
    void gateFollowsOneSentence() {
        String english = read(Manifest.lesson(BASEDIR, "setup"));
        String chinese = read(Manifest.lesson(BASEDIR, "setup", Language.ZH));
        Section task2 = section(english, "task-2");
        String edited = english.replace(task2.prose(), task2.prose().replaceFirst("\\.\\s", ". One more sentence. "));
        assertThat(edited).as("the edit").isNotEqualTo(english);

        List<String> problems = TranslationCheck.problems(edited, chinese, Language.ZH);
        assertThat(problems).as("after editing one sentence of task 2").hasSize(1);
        assertThat(problems.get(0)).as("the problem names the section").contains("Task 2").contains("stale");

        String followed = chinese.replace(TranslationCheck.marker(task2), TranslationCheck.marker(section(edited, "task-2")));
        assertThat(TranslationCheck.problems(edited, followed, Language.ZH)).as("once the translation renders the new text").isEmpty();
    }

    @Test
    @DisplayName("go stale when a hint is edited, naming the hints and not the task's text")
    void gateFollowsHints() {
        String english = read(Manifest.lesson(BASEDIR, "setup"));
        String chinese = read(Manifest.lesson(BASEDIR, "setup", Language.ZH));
        String hints = section(english, "task-1").hints().orElseThrow();
        String edited = english.replace(hints, hints.replaceFirst("\n- ", "\n- Read the spec's message first. "));

        List<String> problems = TranslationCheck.problems(edited, chinese, Language.ZH);
        assertThat(problems).as("after editing a hint of task 1").singleElement().asString().startsWith("hints of").contains("Task 1");
    }

    private static Section section(String lesson, String key) {
        return LessonSections.of(lesson, Language.EN).stream().filter(section -> section.key().equals(key)).findFirst().orElseThrow();
    }

    /** Table rows of the notes section whose first cell neither quotes the notes nor says they are silent. */
    private static List<String> unmarkedQuotations(String lesson) {
        List<String> unmarked = new ArrayList<>();
        LessonSections.of(lesson, Language.ZH).stream().filter(section -> section.key().startsWith("笔记"))
                .flatMap(section -> section.prose().lines())
                .filter(line -> line.startsWith("|") && !line.matches("\\|[-: |]+"))
                .skip(1)
                .filter(row -> !row.matches("\\| *(笔记原文：「.+?」|（笔记未提及）).*"))
                .forEach(unmarked::add);
        return unmarked;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
