package harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code .ci/restore-specs} on two throwaway git repositories: an upstream and a learner's fork. */
@DisplayName("Restoring the pristine specs before grading")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // starts a nested JUnit run or git processes
class RestoreSpecsTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("undoes the learner's edits to specs and pom, deletes added specs, and keeps the learner's katas")
    void restoresGradingFilesOnly() throws Exception {
        Path upstream = temp.resolve("upstream");
        write(upstream, "pom.xml", "<project>pristine</project>");
        write(upstream, "mvnw", "#!/bin/sh");
        write(upstream, "mvnw.cmd", "@echo off");
        write(upstream, ".mvn/wrapper/maven-wrapper.properties", "distributionUrl=x");
        write(upstream, "src/main/java/py/TypeError.java", "given");
        write(upstream, "src/test/java/setup/VersionSpec.java", "assert hard");
        write(upstream, "katas/manifest.json", "{\"katas\": []}");
        write(upstream, "katas/setup/PythonVersion.java", "stub");
        git(upstream, "init", "-q", "-b", "main");
        git(upstream, "add", "-A");
        git(upstream, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "pristine");

        Path fork = temp.resolve("fork");
        git(temp, "clone", "-q", upstream.toString(), fork.toString());
        write(fork, "src/test/java/setup/VersionSpec.java", "assert nothing");
        write(fork, "src/test/java/setup/FreePointsSpec.java", "always green");
        write(fork, "pom.xml", "<project>testFailureIgnore</project>");
        write(fork, "katas/manifest.json", "{\"katas\": [\"bonus\"]}");
        write(fork, "katas/setup/PythonVersion.java", "solved by the learner");

        run(fork, "bash", Manifest.basedir().resolve(".ci/restore-specs").toString(), upstream.toString(), "main");

        assertThat(read(fork, "src/test/java/setup/VersionSpec.java")).as("an edited spec is restored").isEqualTo("assert hard");
        assertThat(fork.resolve("src/test/java/setup/FreePointsSpec.java")).as("a spec the learner added is removed").doesNotExist();
        assertThat(read(fork, "pom.xml")).as("the pom is restored").isEqualTo("<project>pristine</project>");
        assertThat(read(fork, "katas/manifest.json")).as("the manifest is restored").isEqualTo("{\"katas\": []}");
        assertThat(read(fork, "katas/setup/PythonVersion.java")).as("the learner's kata code is kept")
                .isEqualTo("solved by the learner");
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static String read(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    private static void git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        run(directory, command.toArray(String[]::new));
    }

    private static void run(Path directory, String... command) throws Exception {
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finishes", String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as("%s exits 0; output:%n%s", String.join(" ", command), output).isZero();
    }
}
