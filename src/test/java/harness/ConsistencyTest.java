package harness;

import static harness.SourceTree.javaFiles;
import static harness.SourceTree.subfolders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The manifest is the single list of katas. The folders, the Maven profiles, the specs, the
 * README index, the lessons' task anchors, headings and hints, and the stubs' TODO messages must all
 * agree with it. Where given code lives is {@link GivenCodeTest}'s to check.
 */
@DisplayName("The kata manifest")
class ConsistencyTest {
    /** Folders under src/test/java that belong to the harness, not to a kata. */
    static final Set<String> HARNESS_PACKAGES = Set.of("architecture", "harness", "support");
    /** Packages of given code shared by every kata (src/main/java), with specs and fixtures of their own. */
    static final Set<String> GIVEN_PACKAGES = Set.of("py");

    private static final Pattern TODO = Pattern.compile("\"TODO\\(task (\\d+)\\): [^\"]+ - see katas/([a-z0-9_]+)/README\\.md#task-(\\d+)\"");
    private static final Pattern ANY_TODO = Pattern.compile("TODO\\(task");
    private static final Pattern STUB_THROW = Pattern.compile("throw new UnsupportedOperationException\\(\\s*(\"[^\"]*\")");
    private static final Pattern TODO_LITERAL = Pattern.compile("\"TODO\\(task [^\"]*\"");
    /** Javadoc tags, HTML formatting tags and entities: a runtime message is printed raw, so they would show as-is. */
    private static final Pattern MARKUP = Pattern.compile(
            "\\{@|</?(?:code|pre|p|b|i|em|strong|tt|var|br|ul|ol|li|sup|sub|blockquote|span|div|h[1-6])\\s*/?>|<a\\s+href|</a>|&(?:[a-z]+|#\\d+);");
    private static final Pattern TASK_ANCHOR = Pattern.compile("<a id=\"task-\\d+\"></a>");
    private static final Pattern TAG = Pattern.compile("@Tag\\(\"task-(\\d+)\"\\)");
    private static final Pattern INDEX_ROW = Pattern.compile(
            "^\\| (\\d+) \\| \\[([a-z0-9_]+)\\]\\(katas/\\2/README\\.md\\) · \\[中文\\]\\(katas/\\2/README\\.zh\\.md\\) \\| (.+?) \\| (.+?) \\| `?\\./mvnw test -Pkata=\\2`? \\|$");

    private static Path basedir;
    private static Manifest manifest;

    @BeforeAll
    static void load() {
        basedir = Manifest.basedir();
        manifest = Manifest.load(basedir);
    }

    @Test
    @DisplayName("lists at least one kata, each with a unique slug, both titles and titled tasks")
    void entriesAreComplete() {
        assertThat(manifest.katas()).as("katas in " + Manifest.FILE).isNotEmpty();
        assertThat(manifest.slugs()).as("slugs must be unique").doesNotHaveDuplicates();
        for (Manifest.Kata kata : manifest.katas()) {
            assertThat(kata.slug()).as("a slug is a lowercase Java package name").matches("[a-z][a-z0-9_]*");
            assertThat(kata.section()).as(kata.slug() + ": the Chinese section title from the notes").isNotBlank();
            assertThat(kata.title()).as(kata.slug() + ": the English title").isNotBlank();
            assertThat(kata.tasks()).as(kata.slug() + ": tasks").isNotEmpty();
            List<Integer> ids = kata.tasks().stream().map(Manifest.Task::id).toList();
            assertThat(ids).as(kata.slug() + ": task ids are 1, 2, 3, ... in order")
                    .isEqualTo(Stream.iterate(1, i -> i + 1).limit(ids.size()).toList());
            for (Manifest.Task task : kata.tasks()) {
                assertThat(task.title()).as(kata.slug() + " task " + task.id() + ": title").isNotBlank();
            }
        }
    }

    @Test
    @DisplayName("holds no hints: each lesson's Hints blocks are their only source")
    void manifestHoldsNoHints() throws IOException {
        var document = com.google.gson.JsonParser.parseString(Files.readString(basedir.resolve(Manifest.FILE), StandardCharsets.UTF_8))
                .getAsJsonObject();
        for (var kata : document.getAsJsonArray("katas")) {
            for (var task : kata.getAsJsonObject().getAsJsonArray("tasks")) {
                assertThat(task.getAsJsonObject().keySet())
                        .as("%s, %s task %s: a task in %s has an id and a title; its hints are bullets in katas/%s/README.md",
                                Manifest.FILE, kata.getAsJsonObject().get("slug").getAsString(), task.getAsJsonObject().get("id"),
                                Manifest.FILE, kata.getAsJsonObject().get("slug").getAsString())
                        .containsExactlyInAnyOrder("id", "title");
            }
        }
    }

    @Test
    @DisplayName("names exactly the folders under katas/, solutions/ and src/test/java/")
    void foldersMatch() throws IOException {
        Set<String> slugs = new TreeSet<>(manifest.slugs());
        assertThat(subfolders(basedir.resolve("katas"))).as("folders under katas/").isEqualTo(slugs);
        assertThat(subfolders(basedir.resolve("solutions"))).as("folders under solutions/").isEqualTo(slugs);
        Set<String> specFolders = subfolders(basedir.resolve("src/test/java"));
        specFolders.removeAll(HARNESS_PACKAGES);
        specFolders.removeAll(GIVEN_PACKAGES);
        assertThat(specFolders).as("spec folders under src/test/java/ (besides %s and %s)", HARNESS_PACKAGES, GIVEN_PACKAGES)
                .isEqualTo(slugs);
        for (String slug : slugs) {
            try (Stream<Path> specs = Files.list(basedir.resolve("src/test/java").resolve(slug))) {
                assertThat(specs.map(path -> path.getFileName().toString()).filter(name -> name.endsWith("Spec.java")))
                        .as("src/test/java/%s holds at least one *Spec.java", slug).isNotEmpty();
            }
        }
    }

    @Test
    @DisplayName("has one kata=<slug> profile per kata in pom.xml, in teaching order, each setting only its slug")
    void profilesMatch() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(basedir.resolve("pom.xml").toFile());
        NodeList ids = pom.getElementsByTagName("id");
        List<String> profiles = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            Element id = (Element) ids.item(i);
            if (id.getParentNode().getNodeName().equals("profile") && id.getTextContent().startsWith("kata=")) {
                String slug = id.getTextContent().substring("kata=".length());
                profiles.add(slug);
                Element properties = (Element) ((Element) id.getParentNode()).getElementsByTagName("properties").item(0);
                assertThat(properties.getElementsByTagName("*").getLength()).as("profile kata=%s sets one property", slug).isEqualTo(1);
                assertThat(properties.getElementsByTagName("kata").item(0).getTextContent()).as("profile kata=%s sets kata", slug)
                        .isEqualTo(slug);
            }
        }
        assertThat(profiles).as("kata=<slug> profiles in pom.xml").isEqualTo(manifest.slugs());
    }

    @Test
    @DisplayName("matches the kata index in README.md, row for row")
    void readmeIndexMatches() throws IOException {
        List<String> rows = Files.readAllLines(basedir.resolve("README.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| ") && line.contains("](katas/")).toList();
        assertThat(rows).as("kata index rows in README.md").hasSameSizeAs(manifest.katas());
        for (int i = 0; i < rows.size(); i++) {
            Manifest.Kata kata = manifest.katas().get(i);
            Matcher row = INDEX_ROW.matcher(rows.get(i));
            assertThat(row.matches()).as("README row %d must read | %d | [%s](katas/%s/README.md) | <section> | <title> | `./mvnw test -Pkata=%s` |, got: %s",
                    i + 1, i + 1, kata.slug(), kata.slug(), kata.slug(), rows.get(i)).isTrue();
            assertThat(List.of(row.group(1), row.group(2), row.group(3), row.group(4)))
                    .as("README row %d", i + 1)
                    .containsExactly(String.valueOf(i + 1), kata.slug(), kata.section(), kata.title());
        }
    }

    @Test
    @DisplayName("matches each lesson: both titles, per task an anchor, its title and hints, and a 'Where the notes differ' section")
    void lessonsMatch() throws IOException {
        for (Manifest.Kata kata : manifest.katas()) {
            Path lesson = Manifest.lesson(basedir, kata.slug());
            assertThat(lesson).as("the lesson of %s", kata.slug()).exists();
            String text = Files.readString(lesson, StandardCharsets.UTF_8);
            String heading = text.lines().findFirst().orElse("");
            assertThat(heading).as("%s: the lesson's first line names the section and the title", kata.slug())
                    .startsWith("# ").contains(kata.section()).contains(kata.title());
            assertThat(TASK_ANCHOR.matcher(text).results().map(MatchResult::group).toList())
                    .as("%s: each task anchor once (a second copy of a task would shadow the first)", kata.slug()).doesNotHaveDuplicates();
            var lessonTasks = Manifest.lessonTasks(text);
            assertThat(lessonTasks.keySet()).as("%s: the lesson's task anchors <a id=\"task-N\"></a>", kata.slug())
                    .containsExactlyElementsOf(kata.tasks().stream().map(Manifest.Task::id).toList());
            for (Manifest.Task task : kata.tasks()) {
                Manifest.LessonTask told = lessonTasks.get(task.id());
                assertThat(told.heading()).as("%s: the heading under <a id=\"task-%d\"></a> reads ### Task %d: <the manifest's title>",
                        kata.slug(), task.id(), task.id()).isEqualTo(task.title());
                assertThat(told.hints()).as("%s task %d: hint bullets (- ...) in the lesson's <details><summary>Hints</summary> block",
                        kata.slug(), task.id()).isNotEmpty().allSatisfy(hint -> assertThat(hint).isNotBlank());
            }
            assertThat(text).as("%s: the lesson says where the notes differ", kata.slug()).contains("## Where the notes differ");
        }
    }

    @Test
    @DisplayName("matches every stub's TODO message: its own slug, a real task and the same anchor")
    void stubMessagesMatch() throws IOException {
        for (Manifest.Kata kata : manifest.katas()) {
            for (Path stub : javaFiles(basedir.resolve("katas").resolve(kata.slug()))) {
                String source = Files.readString(stub, StandardCharsets.UTF_8);
                Matcher thrown = STUB_THROW.matcher(source);
                while (thrown.find()) {
                    Matcher todo = TODO.matcher(thrown.group(1));
                    assertThat(todo.matches()).as("%s: stub message %s must read \"TODO(task N): <goal> - see katas/%s/README.md#task-N\"",
                            stub, thrown.group(1), kata.slug()).isTrue();
                    int task = Integer.parseInt(todo.group(1));
                    assertThat(List.of(todo.group(2), todo.group(3))).as("%s: %s", stub, thrown.group(1))
                            .containsExactly(kata.slug(), String.valueOf(task));
                    assertThat(kata.task(task)).as("%s: task %d is in the manifest", stub, task).isPresent();
                }
            }
            for (Path solution : javaFiles(basedir.resolve("solutions").resolve(kata.slug()))) {
                assertThat(ANY_TODO.matcher(Files.readString(solution, StandardCharsets.UTF_8)).find())
                        .as("%s: a solution has no TODO(task ...) left", solution).isFalse();
            }
        }
    }

    @Test
    @DisplayName("keeps Javadoc and HTML markup out of every stub's TODO message, which is printed raw")
    void stubMessagesArePlainText() throws IOException {
        for (Manifest.Kata kata : manifest.katas()) {
            for (Path stub : javaFiles(basedir.resolve("katas").resolve(kata.slug()))) {
                Matcher message = TODO_LITERAL.matcher(Files.readString(stub, StandardCharsets.UTF_8));
                while (message.find()) {
                    assertThat(message.group()).as("%s: a stub message is printed raw, so it must be plain text", stub)
                            .doesNotContainPattern(MARKUP);
                }
            }
        }
    }

    @Test
    @DisplayName("matches the specs' task tags: every tag names a task, every task has a spec")
    void specTagsMatch() throws IOException {
        for (Manifest.Kata kata : manifest.katas()) {
            Set<Integer> tagged = new TreeSet<>();
            for (Path spec : javaFiles(basedir.resolve("src/test/java").resolve(kata.slug()))) {
                Matcher tag = TAG.matcher(Files.readString(spec, StandardCharsets.UTF_8));
                while (tag.find()) {
                    int task = Integer.parseInt(tag.group(1));
                    assertThat(kata.task(task)).as("%s: @Tag(\"task-%d\") names a task in the manifest", spec, task).isPresent();
                    tagged.add(task);
                }
            }
            assertThat(tagged).as("%s: every task has at least one @Tag(\"task-N\") spec", kata.slug())
                    .containsAll(kata.tasks().stream().map(Manifest.Task::id).toList());
        }
    }

    @Test
    @DisplayName("names every golden fixture folder, and each fixture names the committed script that generated it")
    void goldenFixturesMatch() throws IOException {
        Path golden = basedir.resolve("src/test/resources/golden");
        if (!Files.isDirectory(golden)) {
            return;
        }
        Set<String> fixtureFolders = subfolders(golden);
        fixtureFolders.removeAll(GIVEN_PACKAGES);
        assertThat(manifest.slugs()).as("folders under src/test/resources/golden/ are kata slugs or %s", GIVEN_PACKAGES)
                .containsAll(fixtureFolders);
        for (Path fixture : javaFiles(golden, ".json")) {
            var document = com.google.gson.JsonParser.parseString(Files.readString(fixture, StandardCharsets.UTF_8)).getAsJsonObject();
            assertThat(document.has("generator") && document.has("cases"))
                    .as("%s has \"generator\" and \"cases\"", basedir.relativize(fixture)).isTrue();
            String generator = document.get("generator").getAsString();
            assertThat(basedir.resolve(generator)).as("%s was generated by %s, which is committed", basedir.relativize(fixture), generator)
                    .exists();
            assertThat(generator).as("generators live in src/test/python/").startsWith("src/test/python/");
        }
    }

}
