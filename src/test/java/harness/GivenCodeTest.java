package harness;

import static harness.SourceTree.classNames;
import static harness.SourceTree.code;
import static harness.SourceTree.javaFiles;
import static harness.SourceTree.namesType;
import static harness.SourceTree.simpleName;
import static harness.SourceTree.subfolders;
import static org.assertj.core.api.Assertions.assertThat;

import harness.run.Javac;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Given code, what a kata hands the learner ready-made, lives once, with specs and a line in the
 * lesson: in src/main/java/<slug>/, or in src/main/given-with-kata/<slug>/ when it names a class the
 * learner writes. No file of katas/ is a copy of its solution.
 */
@DisplayName("The given code")
class GivenCodeTest {
    /** The source root of given code: py, and src/main/java/<slug>/ for what a kata hands the learner ready-made. */
    static final String GIVEN_ROOT = "src/main/java";
    /** The second root: given code that names the learner's classes, so it is compiled together with katas/<slug>/. */
    static final String GIVEN_WITH_KATA_ROOT = Javac.GIVEN_WITH_KATA;
    private static final String GIVEN_LINE = "Given code:";

    private static final Path BASEDIR = Manifest.basedir();
    private static final Manifest MANIFEST = Manifest.load(BASEDIR);

    @Test
    @DisplayName("keeps given code in its roots' <slug>/ folders for katas only, never declared twice")
    void givenCodeFoldersMatch() throws IOException {
        Set<String> allowed = new TreeSet<>(MANIFEST.slugs());
        allowed.addAll(ConsistencyTest.GIVEN_PACKAGES);
        assertThat(allowed).as("folders under %s/ are %s or kata slugs", GIVEN_ROOT, ConsistencyTest.GIVEN_PACKAGES)
                .containsAll(subfolders(BASEDIR.resolve(GIVEN_ROOT)));
        assertThat(MANIFEST.slugs()).as("folders under %s/ are kata slugs", GIVEN_WITH_KATA_ROOT)
                .containsAll(subfolders(BASEDIR.resolve(GIVEN_WITH_KATA_ROOT)));
        for (String slug : MANIFEST.slugs()) {
            Set<String> given = givenClasses(GIVEN_ROOT, slug);
            Set<String> inBoth = givenClasses(GIVEN_WITH_KATA_ROOT, slug);
            inBoth.retainAll(given);
            // The engine compiles a kata's sources over the compiled src/main/java: a second copy would win without a word.
            assertThat(inBoth).as("given code of %s in both %s/ and %s/", slug, GIVEN_ROOT, GIVEN_WITH_KATA_ROOT).isEmpty();
            given.addAll(givenClasses(GIVEN_WITH_KATA_ROOT, slug));
            for (String name : given) {
                for (String tree : List.of("katas", "solutions")) {
                    assertThat(BASEDIR.resolve(tree).resolve(slug).resolve(name + ".java"))
                            .as("%s/%s/%s.java is given code: it lives in a given root only", tree, slug, name).doesNotExist();
                }
            }
        }
    }

    @Test
    @DisplayName("has no file in katas/ byte-identical to its solution: given code lives once, in a given root")
    void givenCodeLivesOnce() throws IOException {
        List<String> twins = new ArrayList<>();
        for (String slug : MANIFEST.slugs()) {
            twins(slug).forEach(twin -> twins.add(slug + "/" + twin + ".java"));
        }
        assertThat(twins).as("files of katas/ byte-identical to their twin in solutions/: given code lives once, so git mv each to"
                + " %s/<slug>/ (to %s/<slug>/ only if it names a class the learner writes and cannot do without it) and delete the"
                + " solution's copy", GIVEN_ROOT, GIVEN_WITH_KATA_ROOT).isEmpty();
    }

    @Test
    @DisplayName("keeps in src/main/given-with-kata/ only given code that names a class the learner writes")
    void givenCodeBesideTheKataNeedsIt() throws IOException {
        for (String slug : MANIFEST.slugs()) {
            Set<String> learnerClasses = classNames(BASEDIR.resolve("katas").resolve(slug));
            for (String given : givenClasses(GIVEN_WITH_KATA_ROOT, slug)) {
                String code = code(BASEDIR.resolve(GIVEN_WITH_KATA_ROOT).resolve(slug).resolve(given + ".java"));
                // Only what cannot compile before the learner's code is compiled with it; the rest is compiled once, before it.
                assertThat(learnerClasses.stream().filter(name -> namesType(code, name)).toList())
                        .as("%s/%s/%s.java names none of the learner's classes %s: it belongs in %s/%s/", GIVEN_WITH_KATA_ROOT, slug, given,
                                learnerClasses, GIVEN_ROOT, slug)
                        .isNotEmpty();
            }
        }
    }

    @Test
    @DisplayName("exercises every given class of a kata in a spec of that kata")
    void givenCodeHasSpecs() throws IOException {
        for (String slug : MANIFEST.slugs()) {
            List<String> specs = new ArrayList<>();
            for (Path spec : javaFiles(BASEDIR.resolve("src/test/java").resolve(slug))) {
                specs.add(code(spec));
            }
            for (String root : List.of(GIVEN_ROOT, GIVEN_WITH_KATA_ROOT)) {
                for (String given : givenClasses(root, slug)) {
                    assertThat(specs.stream().anyMatch(spec -> namesType(spec, given)))
                            .as("%s/%s/%s.java is given code: some spec in src/test/java/%s/ must exercise it"
                                    + " (a spec of its own is tagged @Tag(\"given\"): it passes on the pristine stubs by design)",
                                    root, slug, given, slug)
                            .isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("names every given file of a kata, and where it lives, in the lesson's 'Given code:' line")
    void lessonsNameGivenCode() throws IOException {
        for (String slug : MANIFEST.slugs()) {
            Path lesson = BASEDIR.resolve("katas").resolve(slug).resolve("README.md");
            String line = Files.readAllLines(lesson, StandardCharsets.UTF_8).stream().filter(text -> text.startsWith(GIVEN_LINE))
                    .findFirst().orElse("");
            assertThat(line).as("katas/%s/README.md has a line starting '%s' that says which files are given", slug, GIVEN_LINE)
                    .isNotEmpty();
            for (String root : List.of(GIVEN_ROOT, GIVEN_WITH_KATA_ROOT)) {
                Set<String> given = givenClasses(root, slug);
                if (!given.isEmpty()) {
                    assertThat(line).as("katas/%s/README.md: some given code lives in %s/%s/", slug, root, slug)
                            .contains("`" + root + "/" + slug + "/`");
                }
                for (String name : given) {
                    assertThat(line).as("katas/%s/README.md: the '%s' line names the given %s", slug, GIVEN_LINE, name)
                            .contains("`" + name + "`");
                }
            }
        }
    }

    /** The classes of a kata's given code in one root: the files in {@code <root>/<slug>/}. */
    private static Set<String> givenClasses(String root, String slug) throws IOException {
        return classNames(BASEDIR.resolve(root).resolve(slug));
    }

    /** The files of katas/<slug>/ that are byte for byte their solutions/<slug>/ twin. */
    private static Set<String> twins(String slug) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path stub : javaFiles(BASEDIR.resolve("katas").resolve(slug))) {
            Path solution = BASEDIR.resolve("solutions").resolve(slug).resolve(BASEDIR.resolve("katas").resolve(slug).relativize(stub));
            if (Files.isRegularFile(solution) && Files.mismatch(stub, solution) == -1) {
                names.add(simpleName(stub));
            }
        }
        return names;
    }
}
