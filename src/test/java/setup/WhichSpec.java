package setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import support.Golden;
import support.Mismatches;

@DisplayName("which(command, PATH)")
@Tag("task-4")
class WhichSpec {

    static final String PATH = "/usr/local/bin:/usr/bin:/bin";

    FileSystem fs;

    @BeforeEach
    void twoPythons() {
        fs = new FileSystem();
        fs.writeFile("/usr/bin/python3.10", "Python 3.10.12", true);
        fs.symlink("python3.10", "/usr/bin/python3");
        fs.writeFile("/usr/local/bin/python3.11", "Python 3.11.7", true);
        fs.symlink("python3.11", "/usr/local/bin/python3");
        fs.mkdirs("/bin");
    }

    @Nested
    @DisplayName("searching PATH")
    class Searching {

        @Test
        @DisplayName("returns the hit in the first PATH directory that has the command")
        void pathOrderWins() {
            assertThat(Which.which(fs, "python3", "/usr/local/bin:/usr/bin"))
                    .as("which python3 with PATH=/usr/local/bin:/usr/bin").contains("/usr/local/bin/python3");
            assertThat(Which.which(fs, "python3", "/usr/bin:/usr/local/bin"))
                    .as("which python3 with PATH=/usr/bin:/usr/local/bin").contains("/usr/bin/python3");
            assertThat(Which.which(fs, "python3.10", PATH))
                    .as("which python3.10: only /usr/bin has it, so the later directory answers").contains("/usr/bin/python3.10");
        }

        @Test
        @DisplayName("returns the path it found, not where its symlinks lead")
        void doesNotResolve() {
            assertThat(Which.which(fs, "python3", "/usr/bin"))
                    .as("which python3 is /usr/bin/python3 even though that is a link to python3.10").contains("/usr/bin/python3");
        }

        @Test
        @DisplayName("returns empty when no directory has it, and ignores directories that do not exist")
        void notFound() {
            assertThat(Which.which(fs, "python2", PATH)).as("which python2").isEmpty();
            assertThat(Which.which(fs, "python3", "/nowhere:/usr/bin")).as("which python3 with /nowhere first")
                    .contains("/usr/bin/python3");
        }

        @Test
        @DisplayName("joins a directory with a trailing slash without doubling it")
        void trailingSlash() {
            assertThat(Which.which(fs, "python3", "/usr/bin/")).as("which python3 with PATH=/usr/bin/").contains("/usr/bin/python3");
        }

        @Test
        @DisplayName("finds nothing with an empty PATH, but an empty entry means the working directory")
        void emptyEntries() {
            fs.writeFile("/python3", "Python 3.8.0", true);
            assertThat(Which.which(fs, "python3", "")).as("PATH='' finds nothing (shutil.which, bpo-35755)").isEmpty();
            assertThat(Which.which(fs, "python3", ":/usr/bin"))
                    .as("PATH=':/usr/bin': the empty entry is the working directory, here the root, and the answer stays relative")
                    .contains("python3");
            assertThat(Which.which(fs, "python3", "/nowhere:"))
                    .as("PATH='/nowhere:': a trailing empty entry is the working directory too (split(\":\") would drop it)")
                    .contains("python3");
        }

        @Test
        @DisplayName("checks a command with a slash in it directly, without PATH")
        void commandWithSlash() {
            assertThat(Which.which(fs, "/usr/bin/python3", "")).as("which /usr/bin/python3 with an empty PATH")
                    .contains("/usr/bin/python3");
            assertThat(Which.which(fs, "usr/local/bin/python3", "/usr/bin")).as("which usr/local/bin/python3, relative to /")
                    .contains("usr/local/bin/python3");
            assertThat(Which.which(fs, "/usr/bin/python2", PATH)).as("which /usr/bin/python2 (missing)").isEmpty();
        }
    }

    @Nested
    @DisplayName("skipping what cannot run")
    class Skipping {

        @Test
        @DisplayName("skips a file without the executable bit and keeps looking")
        void notExecutable() {
            fs.writeFile("/usr/local/bin/pip3", "#!/usr/local/bin/python3.11", false);
            fs.writeFile("/usr/bin/pip3", "#!/usr/bin/python3", true);
            assertThat(Which.which(fs, "pip3", PATH)).as("which pip3 when /usr/local/bin/pip3 is chmod -x")
                    .contains("/usr/bin/pip3");
        }

        @Test
        @DisplayName("skips a directory with the command's name")
        void directory() {
            fs.mkdirs("/usr/local/bin/pip3");
            fs.writeFile("/usr/bin/pip3", "#!/usr/bin/python3", true);
            assertThat(Which.which(fs, "pip3", PATH)).as("which pip3 when /usr/local/bin/pip3 is a directory")
                    .contains("/usr/bin/pip3");
        }

        @Test
        @DisplayName("judges a symlink by its target: a link to a non-executable file is skipped")
        void linkToNonExecutable() {
            fs.writeFile("/opt/notes.txt", "", false);
            fs.symlink("/opt/notes.txt", "/usr/local/bin/tool");
            fs.writeFile("/usr/bin/tool", "", true);
            assertThat(Which.which(fs, "tool", PATH)).as("which tool when /usr/local/bin/tool -> a chmod -x file")
                    .contains("/usr/bin/tool");
        }

        @Test
        @DisplayName("skips a dangling link and a symlink loop, like bash and shutil.which, instead of failing")
        void danglingAndLoop() {
            fs.symlink("python3.9", "/usr/local/bin/python");
            fs.symlink("/usr/local/bin/py", "/usr/local/bin/py");
            fs.writeFile("/usr/bin/python", "Python 2.7.18", true);
            fs.writeFile("/usr/bin/py", "", true);
            assertThat(Which.which(fs, "python", PATH)).as("which python past a dangling link").contains("/usr/bin/python");
            assertThat(Which.which(fs, "py", PATH)).as("which py past a link to itself (ELOOP)").contains("/usr/bin/py");
        }

        @Test
        @DisplayName("skips a PATH entry that is a file")
        void fileAsDirectory() {
            assertThat(Which.which(fs, "python3", "/usr/bin/python3.10:/usr/bin"))
                    .as("which python3 with a file as the first PATH entry").contains("/usr/bin/python3");
        }
    }

    @Nested
    @DisplayName("checked against CPython")
    class AgainstCPython {

        @Test
        @DisplayName("agrees with shutil.which on 960 lookups in 80 generated trees")
        void golden() {
            Mismatches mismatches = new Mismatches("shutil.which in generated trees (the tree: its lines on the way)");
            for (JsonObject c : Golden.cases("setup", "paths.json")) {
                FileSystem tree = Trees.replay(c.getAsJsonObject("tree"));
                for (JsonElement element : c.getAsJsonArray("which")) {
                    JsonObject query = element.getAsJsonObject();
                    String command = query.get("command").getAsString();
                    String path = query.get("path").getAsString();
                    Optional<String> expected = query.get("result").isJsonNull()
                            ? Optional.empty() : Optional.of(query.get("result").getAsString());
                    List<String> candidates = Arrays.stream(path.split(":")).map(dir -> dir + "/" + command).toList();
                    mismatches.check(Trees.relevantLines(c.getAsJsonObject("tree"), candidates) + "; shutil.which(" + py.Repr.of(command)
                            + ", path=" + py.Repr.of(path) + ")", shown(expected), shown(Which.which(tree, command, path)));
                }
            }
            mismatches.assertNone();
        }

        /** An answer as Python prints it: the path's repr, or None. */
        private static String shown(Optional<String> found) {
            return found.map(py.Repr::of).orElse("None");
        }
    }

    @Nested
    @DisplayName("as a law")
    class Laws {

        @Test
        @DisplayName("the answer is the first PATH entry that alone would answer")
        void whichIsTheFirstEntryThatHasIt() {
            qt().withExamples(300).forAll(Trees.scenarios(), Trees.names()).checkAssert((scenario, command) -> {
                FileSystem tree = scenario.build();
                Optional<String> expected = Optional.empty();
                for (String entry : scenario.path()) {
                    expected = Which.which(tree, command, entry);
                    if (expected.isPresent()) {
                        break;
                    }
                }
                assertThat(Which.which(tree, command, scenario.pathVariable()))
                        .as("which %s, after\n%s", command, scenario).isEqualTo(expected);
            });
        }

        @Test
        @DisplayName("an answer is <entry>/<command> for an entry on PATH, and an executable file")
        void answerIsAnExecutableOnPath() {
            qt().withExamples(300).forAll(Trees.scenarios(), Trees.names()).checkAssert((scenario, command) -> {
                FileSystem tree = scenario.build();
                Which.which(tree, command, scenario.pathVariable()).ifPresent(found -> {
                    assertThat(scenario.path().stream().map(entry -> entry + "/" + command))
                            .as("which %s gave %s, after\n%s", command, found, scenario).contains(found);
                    assertThat(tree.isExecutableFile(found)).as("%s is an executable file, after\n%s", found, scenario).isTrue();
                });
            });
        }

        @Test
        @DisplayName("appending a directory to PATH never changes an answer that was already found")
        void appendingKeepsAnswers() {
            qt().withExamples(300).forAll(Trees.scenarios(), Trees.names()).checkAssert((scenario, command) -> {
                FileSystem tree = scenario.build();
                Optional<String> before = Which.which(tree, command, scenario.pathVariable());
                if (before.isPresent()) {
                    for (String extra : Trees.DIRS) {
                        assertThat(Which.which(tree, command, scenario.pathVariable() + ":" + extra))
                                .as("which %s with %s appended, after\n%s", command, extra, scenario).isEqualTo(before);
                    }
                }
            });
        }
    }
}
