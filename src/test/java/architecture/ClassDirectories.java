package architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import harness.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

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

    static Set<String> testClassNames() {
        return importDirectory("kata.testClasses", "target/test-classes").stream()
                .map(JavaClass::getName).collect(Collectors.toUnmodifiableSet());
    }

    private static JavaClasses importDirectory(String property, String fallback) {
        Path directory = Path.of(System.getProperty(property, Manifest.basedir().resolve(fallback).toString()));
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no class directory " + directory + ": run the rules through Maven");
        }
        return new ClassFileImporter().importPath(directory);
    }
}
