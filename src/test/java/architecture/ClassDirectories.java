package architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import harness.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The three class directories the build produces. Surefire passes their paths in; the defaults
 * are Maven's, for a run from an IDE.
 */
final class ClassDirectories {
    private ClassDirectories() {
    }

    static JavaClasses stubs() {
        return importDirectory("kata.stubClasses", "target/classes");
    }

    static JavaClasses solutions() {
        return importDirectory("kata.solutionClasses", "target/solution-classes");
    }

    /** Only one kata's package of the learner's classes: what {@code -Pkata=<slug>} checks. */
    static JavaClasses stubs(String kata) {
        Path directory = directory("kata.stubClasses", "target/classes").resolve(kata);
        return new ClassFileImporter().importPath(directory);
    }

    /** The names of the compiled test classes, read from file names: parsing them would cost seconds. */
    static Set<String> testClassNames() {
        Path directory = directory("kata.testClasses", "target/test-classes");
        try (Stream<Path> files = Files.walk(directory)) {
            return files.map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaClasses importDirectory(String property, String fallback) {
        return new ClassFileImporter().importPath(directory(property, fallback));
    }

    private static Path directory(String property, String fallback) {
        Path directory = Path.of(System.getProperty(property, Manifest.basedir().resolve(fallback).toString()));
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no class directory " + directory + ": run the rules through Maven");
        }
        return directory;
    }
}
