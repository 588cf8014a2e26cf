package setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.FileNotFoundError;
import py.OSError;
import support.Golden;
import support.Mismatches;

@DisplayName("An in-memory file system")
@Tag("task-3")
class FileSystemSpec {

    FileSystem fs;

    @BeforeEach
    void systemPython() {
        fs = new FileSystem();
        fs.writeFile("/usr/bin/python3.10", "Python 3.10.12", true);
        fs.symlink("python3.10", "/usr/bin/python3");
    }

    @Nested
    @DisplayName("with files and directories")
    class Basics {

        @Test
        @DisplayName("reads back what was written, creating the parent directories on the way")
        void writeThenRead() {
            fs.writeFile("/opt/tool/bin/run", "#!/bin/sh", true);
            assertThat(fs.read("/opt/tool/bin/run")).as("read(\"/opt/tool/bin/run\")").isEqualTo("#!/bin/sh");
            assertThat(fs.realpath("/opt/tool")).as("realpath(\"/opt/tool\"): the parent was created").isEqualTo("/opt/tool");
        }

        @Test
        @DisplayName("replaces a file or a link that is already there")
        void replaces() {
            fs.writeFile("/usr/bin/python3.10", "Python 3.10.13", true);
            assertThat(fs.read("/usr/bin/python3.10")).as("read after rewriting python3.10").isEqualTo("Python 3.10.13");
            fs.symlink("/usr/bin/python3.10", "/usr/bin/python3");
            fs.symlink("python3.12", "/usr/bin/python3");
            fs.writeFile("/usr/bin/python3.12", "Python 3.12.1", true);
            assertThat(fs.read("/usr/bin/python3")).as("ln -sf python3.12 /usr/bin/python3 replaced the old link").isEqualTo("Python 3.12.1");
        }

        @Test
        @DisplayName("treats a relative path as relative to the root, the working directory")
        void relativeFromRoot() {
            assertThat(fs.realpath("usr/bin/python3.10")).as("realpath(\"usr/bin/python3.10\")").isEqualTo("/usr/bin/python3.10");
            assertThat(fs.realpath(".")).as("realpath(\".\")").isEqualTo("/");
        }

        @Test
        @DisplayName("normalises //, . and .. and stays at / for /..")
        void normalises() {
            assertThat(fs.realpath("//usr/./bin//../bin/python3.10")).as("realpath(\"//usr/./bin//../bin/python3.10\")")
                    .isEqualTo("/usr/bin/python3.10");
            assertThat(fs.realpath("/../../usr")).as("realpath(\"/../../usr\"): the root is its own parent").isEqualTo("/usr");
        }

        @Test
        @DisplayName("mkdirs is like mkdir -p: parents are made, existing directories are fine")
        void mkdirs() {
            fs.mkdirs("/srv/a/b");
            fs.mkdirs("/srv/a");
            assertThat(fs.realpath("/srv/a/b")).as("realpath(\"/srv/a/b\") after mkdir -p").isEqualTo("/srv/a/b");
            assertThat(fs.isExecutableFile("/srv/a/b")).as("a directory is not an executable file").isFalse();
        }
    }

    @Nested
    @DisplayName("with symbolic links")
    class Symlinks {

        @Test
        @DisplayName("resolves a relative link against the link's own directory, not the root")
        void relativeTarget() {
            assertThat(fs.realpath("/usr/bin/python3")).as("realpath(\"/usr/bin/python3\") for python3 -> python3.10")
                    .isEqualTo("/usr/bin/python3.10");
            assertThat(fs.read("/usr/bin/python3")).as("read through the link").isEqualTo("Python 3.10.12");
        }

        @Test
        @DisplayName("an absolute target forgets the directories walked so far: '..' right after its '/' stays at the root")
        void absoluteTargetRestartsTheWalk() {
            fs.mkdirs("/a/b");
            fs.writeFile("/a/b/f", "nested", false);
            fs.mkdirs("/b");
            fs.writeFile("/b/f", "top", false);
            fs.symlink("/../b", "/a/link");
            assertThat(fs.read("/a/link/f")).as("read(\"/a/link/f\") with /a/link -> /../b: the root is its own parent, "
                    + "so the link means /b, whatever directory it sits in").isEqualTo("top");
            assertThat(fs.realpath("/a/link/f")).as("realpath(\"/a/link/f\")").isEqualTo("/b/f");
        }

        @Test
        @DisplayName("resolves an absolute link from the root, and a link to a directory in the middle of a path")
        void directoryLinks() {
            fs.symlink("/usr/bin", "/bin");
            fs.symlink("../usr/bin/", "/opt/bin");
            assertThat(fs.realpath("/bin/python3")).as("realpath(\"/bin/python3\") with /bin -> /usr/bin")
                    .isEqualTo("/usr/bin/python3.10");
            assertThat(fs.realpath("/opt/bin/python3")).as("realpath(\"/opt/bin/python3\") with /opt/bin -> ../usr/bin/")
                    .isEqualTo("/usr/bin/python3.10");
        }

        @Test
        @DisplayName("applies .. after a directory link to the directory the link led to")
        void dotDotIsPhysical() {
            fs.writeFile("/opt/python/3.11/bin/python3.11", "Python 3.11.7", true);
            fs.symlink("/opt/python/3.11/bin", "/usr/local/bin");
            assertThat(fs.realpath("/usr/local/bin/../bin/python3.11"))
                    .as("/usr/local/bin/.. is /opt/python/3.11, where the link points, not /usr/local")
                    .isEqualTo("/opt/python/3.11/bin/python3.11");
        }

        @Test
        @DisplayName("follows a chain of exactly 40 links, Linux's MAXSYMLINKS")
        void fortyHops() {
            fs.symlink("python3", "/usr/bin/link1");
            for (int i = 2; i <= 39; i++) {
                fs.symlink("link" + (i - 1), "/usr/bin/link" + i);
            }
            assertThat(fs.realpath("/usr/bin/link39")).as("link39 -> ... -> link1 -> python3 -> python3.10 is 40 links")
                    .isEqualTo("/usr/bin/python3.10");
        }

        @Test
        @DisplayName("gives up on the 41st link with OSError: [Errno 40] Too many levels of symbolic links")
        void fortyOneHops() {
            fs.symlink("python3", "/usr/bin/link1");
            for (int i = 2; i <= 40; i++) {
                fs.symlink("link" + (i - 1), "/usr/bin/link" + i);
            }
            assertThatThrownBy(() -> fs.realpath("/usr/bin/link40"), "realpath of a chain of 41 links")
                    .isExactlyInstanceOf(OSError.class)
                    .hasMessage("[Errno 40] Too many levels of symbolic links: '/usr/bin/link40'");
        }

        @Test
        @DisplayName("raises OSError ELOOP for a loop instead of spinning forever")
        void loop() {
            fs.symlink("b", "/loop/a");
            fs.symlink("/loop/a", "/loop/b");
            assertThatThrownBy(() -> fs.realpath("/loop/a"), "realpath(\"/loop/a\") with a -> b -> /loop/a")
                    .isExactlyInstanceOf(OSError.class)
                    .hasMessage("[Errno 40] Too many levels of symbolic links: '/loop/a'");
            assertThatThrownBy(() -> fs.read("/loop/b/x"), "read(\"/loop/b/x\") through the loop")
                    .isExactlyInstanceOf(OSError.class)
                    .hasMessage("[Errno 40] Too many levels of symbolic links: '/loop/b/x'");
        }

        @Test
        @DisplayName("counts the links of a whole lookup: 20 directory links plus 20 file links pass, 21 fail")
        void hopsAreCountedPerLookup() {
            fs.mkdirs("/d0");
            for (int i = 1; i <= 25; i++) {
                fs.symlink("d" + (i - 1), "/d" + i);
            }
            fs.writeFile("/d0/f0", "", true);
            for (int i = 1; i <= 25; i++) {
                fs.symlink("f" + (i - 1), "/d0/f" + i);
            }
            assertThat(fs.realpath("/d25")).as("realpath(\"/d25\"): 25 links to reach the directory").isEqualTo("/d0");
            assertThat(fs.realpath("/d0/f25")).as("realpath(\"/d0/f25\"): 25 links to reach the file").isEqualTo("/d0/f0");
            assertThat(fs.realpath("/d20/f20")).as("realpath(\"/d20/f20\"): 40 links in one lookup").isEqualTo("/d0/f0");
            assertThatThrownBy(() -> fs.realpath("/d21/f20"), "realpath(\"/d21/f20\"): 41 links in one lookup")
                    .isExactlyInstanceOf(OSError.class)
                    .hasMessage("[Errno 40] Too many levels of symbolic links: '/d21/f20'");
        }

        @Test
        @DisplayName("raises FileNotFoundError for a dangling link, naming the path that was asked for")
        void dangling() {
            fs.symlink("python3.9", "/usr/bin/python");
            assertThatThrownBy(() -> fs.realpath("/usr/bin/python"), "realpath of python -> python3.9 (missing)")
                    .isInstanceOf(FileNotFoundError.class)
                    .hasMessage("[Errno 2] No such file or directory: '/usr/bin/python'");
            assertThat(fs.isExecutableFile("/usr/bin/python")).as("a dangling link is not an executable file").isFalse();
        }

        @Test
        @DisplayName("raises NotADirectoryError for a file used as a directory, even with just a trailing slash")
        void notADirectory() {
            assertThatThrownBy(() -> fs.realpath("/usr/bin/python3/lib"), "realpath(\"/usr/bin/python3/lib\")")
                    .isInstanceOf(NotADirectoryError.class)
                    .hasMessage("[Errno 20] Not a directory: '/usr/bin/python3/lib'");
            assertThatThrownBy(() -> fs.realpath("/usr/bin/python3/"), "realpath(\"/usr/bin/python3/\")")
                    .isInstanceOf(NotADirectoryError.class)
                    .hasMessage("[Errno 20] Not a directory: '/usr/bin/python3/'");
        }

        @Test
        @DisplayName("reading a directory raises IsADirectoryError")
        void readDirectory() {
            assertThatThrownBy(() -> fs.read("/usr/bin"), "read(\"/usr/bin\")")
                    .isInstanceOf(IsADirectoryError.class)
                    .hasMessage("[Errno 21] Is a directory: '/usr/bin'");
        }
    }

    @Nested
    @DisplayName("checked against the Linux kernel")
    class AgainstLinux {

        @Test
        @DisplayName("agrees with os.stat and os.path.realpath on 960 paths in 80 generated trees")
        void golden() {
            Mismatches mismatches = new Mismatches("os.path.realpath and os.stat in generated trees (the tree: its lines on the way)");
            for (JsonObject c : Golden.cases("setup", "paths.json")) {
                FileSystem tree = Trees.replay(c.getAsJsonObject("tree"));
                for (JsonElement element : c.getAsJsonArray("realpath")) {
                    JsonObject query = element.getAsJsonObject();
                    String path = query.get("path").getAsString();
                    String expected = query.has("error")
                            ? query.get("error").getAsString() + ": " + query.get("message").getAsString()
                            : query.get("result").getAsString() + (query.get("executable").getAsBoolean() ? " (executable)" : "");
                    mismatches.check(Trees.relevantLines(c.getAsJsonObject("tree"), List.of(path)) + "; realpath(" + py.Repr.of(path) + ")",
                            expected, realpath(tree, path));
                }
            }
            mismatches.assertNone();
        }

        private static String realpath(FileSystem tree, String path) {
            try {
                return tree.realpath(path) + (tree.isExecutableFile(path) ? " (executable)" : "");
            } catch (OSError e) {
                return e.pythonType() + ": " + e.getMessage();
            }
        }
    }

    @Nested
    @DisplayName("as a law")
    class Laws {

        @Test
        @DisplayName("a chain of n links resolves exactly when n <= 40")
        void chainResolvesIffAtMostFortyLinks() {
            qt().forAll(integers().between(1, 60)).checkAssert(n -> {
                FileSystem chain = new FileSystem();
                chain.writeFile("/c/l0", "end", true);
                for (int i = 1; i <= n; i++) {
                    chain.symlink("l" + (i - 1), "/c/l" + i);
                }
                if (n <= 40) {
                    assertThat(chain.read("/c/l" + n)).as("read through %d links", n).isEqualTo("end");
                } else {
                    assertThatThrownBy(() -> chain.read("/c/l" + n), "read through %d links", n)
                            .isExactlyInstanceOf(OSError.class)
                            .hasMessage("[Errno 40] Too many levels of symbolic links: '/c/l" + n + "'");
                }
            });
        }

        @Test
        @DisplayName("realpath is idempotent and its answer holds no links: realpath(realpath(p)) == realpath(p)")
        void realpathIsIdempotent() {
            qt().withExamples(300).forAll(Trees.scenarios(), Trees.names()).checkAssert((scenario, name) -> {
                FileSystem tree = scenario.build();
                for (String dir : Trees.DIRS) {
                    String path = dir + "/" + name;
                    String real;
                    try {
                        real = tree.realpath(path);
                    } catch (OSError missingOrLooping) {
                        continue;
                    }
                    assertThat(tree.realpath(real)).as("realpath(realpath(%s)) in\n%s", path, scenario).isEqualTo(real);
                    assertThat(real).as("realpath(%s) is absolute and normalised", path).startsWith("/")
                            .doesNotContain("//", "/./", "/../");
                }
            });
        }
    }
}
