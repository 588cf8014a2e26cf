package architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import harness.Manifest;
import harness.run.Classpath;
import harness.run.SpecBuild;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No spec may use the one-argument {@code assertThatThrownBy(call)}: see {@link ExceptionDescriptionRule}.
 * The default build has every spec on this test's class path. Under {@code -Pcheck} only the harness
 * is there, so each kata's specs are compiled here first, exactly as the gate compiles them; the gate
 * then finds them compiled.
 */
@DisplayName("Exception assertions keep their description when nothing is thrown")
@Timeout(value = 10, unit = TimeUnit.MINUTES) // under -Pcheck this compiles the specs of 17 katas
class ExceptionDescriptionRuleTest {
    /** Spec packages that are not katas: the specs of the given code, and the shared test support. */
    private static final List<String> NOT_KATAS = List.of("py", "support");

    private static final Path TEST_CLASSES = locationOf(ExceptionDescriptionRuleTest.class);
    private static final Manifest MANIFEST = Manifest.load();
    private static final Map<String, Optional<JavaClasses>> COMPILED = new ConcurrentHashMap<>();

    @Test
    @DisplayName("reports a planted one-argument assertThatThrownBy and thenThrownBy, and accepts the forms with a description")
    void catchesAPlantedCall() {
        JavaClasses planted = new ClassFileImporter().importPackages("architecture.fixtures.thrown");
        assertThat(ExceptionDescriptionRule.violations(planted)).as("violations in architecture.fixtures.thrown.LosesTheDescription")
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("LosesTheDescription.losesIt(")
                        .contains("org.assertj.core.api.Assertions.assertThatThrownBy(org.assertj.core.api.ThrowableAssert$ThrowingCallable)")
                        .contains("LosesTheDescription.java:11"))
                .anySatisfy(line -> assertThat(line).contains("LosesTheDescription.losesItTheBddWay(")
                        .contains("org.assertj.core.api.BDDAssertions.thenThrownBy(").contains("LosesTheDescription.java:15"))
                .noneSatisfy(line -> assertThat(line).contains("keepsIt"));
    }

    @Test
    @DisplayName("finds no one-argument assertThatThrownBy in any spec package")
    void specsKeepTheirDescription() {
        List<String> offenders = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (String pkg : specPackages()) {
            compiled(pkg).ifPresent(classes -> {
                checked.add(pkg);
                offenders.addAll(ExceptionDescriptionRule.violations(classes));
            });
        }
        assertThat(checked).as("spec packages checked").containsAll(MANIFEST.slugs());
        assertThat(offenders).as("calls that lose the description when nothing is thrown; " + ExceptionDescriptionRule.RULE.getDescription())
                .isEmpty();
    }

    private static List<String> specPackages() {
        return Stream.concat(MANIFEST.slugs().stream(), NOT_KATAS.stream()).toList();
    }

    /** A spec package's compiled classes, or nothing when this build neither compiles nor runs them. */
    private static Optional<JavaClasses> compiled(String pkg) {
        return COMPILED.computeIfAbsent(pkg, name -> {
            Path onClassPath = TEST_CLASSES.resolve(name);
            if (Files.isDirectory(onClassPath)) {
                return Optional.of(new ClassFileImporter().importPath(onClassPath));
            }
            Path solution = Manifest.basedir().resolve("solutions").resolve(name);
            if (!MANIFEST.slugs().contains(name) || !Files.isDirectory(solution)) {
                return Optional.empty(); // py's specs, or a template without solutions: the gate does not run them here either
            }
            SpecBuild build = SpecBuild.of(name, new Classpath(Manifest.basedir(), locationOf(py.TypeError.class), TEST_CLASSES,
                    Classpath.fromSystemProperties().libraries()), solution);
            assertThat(build.errors()).as("javac's errors in the specs of %s", name).isEmpty();
            return Optional.of(new ClassFileImporter().importPath(build.specs()));
        });
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
