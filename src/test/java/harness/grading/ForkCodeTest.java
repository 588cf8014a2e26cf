package harness.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cheats a fork can commit, planted in a scratch git repository: grading takes the honest kata
 * file and nothing else, and says why for each file it leaves out.
 */
@DisplayName("Taking a fork's code into the grading tree")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // runs git a few times
class ForkCodeTest {
    private static final String SOLVED = "package setup;\n\npublic final class PythonVersion {\n    // solved\n}\n";

    @TempDir
    Path temp;
    private Path fork;
    private Path tree;

    @BeforeEach
    void plantCheats() throws Exception {
        fork = temp.resolve("fork");
        write(fork, "katas/setup/PythonVersion.java", SOLVED);
        write(fork, "katas/setup/Helper.java", "/* package org.junit; */\n// package evil;\npackage setup;\nclass Helper {}\n");
        write(fork, "katas/setup/README.md", "the lesson, edited");
        write(fork, "katas/setup/Launcher.java", "package org.junit.platform.launcher.core;\npublic class Launcher {}\n");
        write(fork, "katas/setup/NoPackage.java", "public class NoPackage {}\n");
        write(fork, "katas/zzz/Escape.java", "package zzz;\npublic class Escape {}\n");
        write(fork, "katas/setup/deeper/Nested.java", "package setup.deeper;\npublic class Nested {}\n");
        write(fork, "target/surefire-reports/TEST-setup.xml", "<testsuite tests=\"500\" failures=\"0\"/>");
        write(fork, "src/test/java/setup/PythonVersionSpec.java", "package setup; class PythonVersionSpec {}");
        write(fork, "src/main/given-with-kata/setup/PythonVersion.java", SOLVED);
        write(fork, "solutions/setup/PythonVersion.java", SOLVED);
        Files.createSymbolicLink(fork.resolve("katas/setup/Linked.java"), Path.of("../../solutions/setup/PythonVersion.java"));
        git(fork, "init", "-q");
        git(fork, "add", "-A");
        git(fork, "-c", "user.name=s", "-c", "user.email=s@s", "commit", "-q", "-m", "solved, and then some");

        tree = temp.resolve("tree");
        write(tree, "katas/setup/PythonVersion.java", "package setup;\n// stub\n");
        write(tree, "katas/setup/Stale.java", "package setup;\n// a stub the fork deleted\n");
        write(tree, "katas/objects/Builtins.java", "package objects;\n// stub\n");
        git(tree, "init", "-q");
        git(tree, "fetch", "-q", fork.toString(), "HEAD:refs/kata/fork");
    }

    private List<ForkCode.Ignored> take() {
        Git git = new Git(tree);
        return new ForkCode(git, Set.of("setup", "objects")).copyInto(tree, git.resolve("refs/kata/fork"));
    }

    @Test
    @DisplayName("takes the fork's regular kata files in their kata's package, and only those")
    void takesOnlyKataFiles() throws IOException {
        take();
        assertThat(list(tree.resolve("katas/setup"))).as("katas/setup in the grading tree").containsExactlyInAnyOrder("Helper.java", "PythonVersion.java");
        assertThat(Files.readString(tree.resolve("katas/setup/PythonVersion.java"))).as("the fork's PythonVersion").isEqualTo(SOLVED);
        assertThat(Files.isSymbolicLink(tree.resolve("katas/setup/PythonVersion.java"))).as("a plain file").isFalse();
        assertThat(Files.readString(tree.resolve("katas/objects/Builtins.java"))).as("a kata the fork left alone keeps its stubs")
                .contains("// stub");
        assertThat(tree.resolve("katas/zzz")).as("a folder under katas/ that is no kata").doesNotExist();
        assertThat(tree.resolve("target")).as("the fork's target/").doesNotExist();
        assertThat(tree.resolve("src")).as("the fork's specs and given code").doesNotExist();
        assertThat(tree.resolve("solutions")).as("the fork's solutions/").doesNotExist();
    }

    @Test
    @DisplayName("says why each left-out Java file was not graded")
    void explainsWhatItLeftOut() {
        assertThat(take()).as("files not graded").extracting(ForkCode.Ignored::path, ForkCode.Ignored::why).containsExactlyInAnyOrder(
                tuple("katas/setup/Launcher.java", "declares package org.junit.platform.launcher.core, not setup"),
                tuple("katas/setup/NoPackage.java", "declares no package; it must be 'package setup;'"),
                tuple("katas/setup/Linked.java", "not a regular file (git mode 120000)"),
                tuple("katas/setup/deeper/Nested.java", "not a katas/<slug>/<Name>.java file"),
                tuple("katas/zzz/Escape.java", "no kata is called zzz"));
    }

    private static List<String> list(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void git(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
    }
}
