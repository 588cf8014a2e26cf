package architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import harness.rules.ApiParity;
import harness.rules.Confinement;
import harness.rules.Policy;
import harness.verdict.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each rule is run on a planted violation (see {@code architecture.fixtures}) and must report it,
 * with the place and the call; and the clean fixture must pass every rule.
 */
@DisplayName("Each rule that confines kata code")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // ArchUnit's first import takes a few seconds on a busy machine
class RulesCatchViolationsTest {
    private static final String FIXTURES = "architecture.fixtures.";

    /** The violations the common policy finds in one fixture package, checked as if it were a kata. */
    private static List<Violation> violations(String fixture) {
        return violations(fixture, Policy.of(FIXTURES + fixture));
    }

    private static List<Violation> violations(String fixture, Policy policy) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + fixture);
        return new Confinement(FIXTURES + fixture, policy, "katas/" + fixture).check(classes);
    }

    private static List<String> lines(List<Violation> violations) {
        return violations.stream().map(Violation::line).toList();
    }

    @Test
    @DisplayName("passes a class that uses only the JDK's allowed packages")
    void cleanPasses() {
        assertThat(lines(violations("clean"))).as("violations in architecture.fixtures.clean").isEmpty();
    }

    @Test
    @DisplayName("reports ending the JVM: System.exit called, passed as a method reference, and Runtime.halt")
    void exits() {
        assertThat(lines(violations("exits"))).as("violations in ExitsTheJvm")
                .anySatisfy(line -> assertThat(line).contains("ExitsTheJvm.java:8").contains("calls java.lang.System.exit(int)")
                        .contains("may not end the JVM"))
                .anySatisfy(line -> assertThat(line).contains("ExitsTheJvm.java:12").contains("java.lang.System.exit"))
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.Runtime.halt(int)"));
    }

    @Test
    @DisplayName("reports reflection, method handles and class loaders")
    void reflection() {
        assertThat(lines(violations("reflects"))).as("violations in ReflectsOnTheJvm")
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.Class.forName"))
                .anySatisfy(line -> assertThat(line).contains("uses java.lang.reflect.Method"))
                .anySatisfy(line -> assertThat(line).contains("uses java.lang.invoke.MethodHandles"))
                .anySatisfy(line -> assertThat(line).contains("java.lang.Thread.getContextClassLoader"));
    }

    @Test
    @DisplayName("reports stack inspection, also through an inherited getStackTrace()")
    void stack() {
        assertThat(lines(violations("stack"))).as("violations in ReadsTheCaller")
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.Thread.getStackTrace()").contains("no stack inspection"))
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.Throwable.getStackTrace()"))
                .anySatisfy(line -> assertThat(line).contains("uses java.lang.StackWalker"))
                .anySatisfy(line -> assertThat(line).contains("ReadsTheCaller.java:15").contains("calls java.lang.Throwable.getStackTrace()"))
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.Throwable.printStackTrace(java.io.PrintStream)"))
                .anySatisfy(line -> assertThat(line).contains("ReadsTheCaller.java:32"));
    }

    @Test
    @DisplayName("reports a shutdown hook, and taking over stdout or a system property")
    void hooksAndStreams() {
        assertThat(lines(violations("hooks"))).as("violations in RewritesTheReport")
                .anySatisfy(line -> assertThat(line).contains("java.lang.Runtime.addShutdownHook").contains("no shutdown hooks"));
        assertThat(lines(violations("streams"))).as("violations in TakesTheStreams")
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.System.setOut"))
                .anySatisfy(line -> assertThat(line).contains("calls java.lang.System.setProperty"));
    }

    @Test
    @DisplayName("reports reading files, by java.nio.file and by FileInputStream")
    void files() {
        assertThat(lines(violations("files"))).as("violations in ReadsTheFixtures")
                .anySatisfy(line -> assertThat(line).contains("uses java.nio.file.Files").contains("no file system access"))
                .anySatisfy(line -> assertThat(line).contains("uses java.io.FileInputStream"));
    }

    @Test
    @DisplayName("reports processes, class-path resources, native methods, test code and a class outside the kata's package")
    void theRest() {
        assertThat(lines(violations("spawns"))).as("StartsAProcess").anySatisfy(line -> assertThat(line).contains("java.lang.ProcessBuilder"));
        assertThat(lines(violations("peeks"))).as("ReadsTheAnswers").anySatisfy(line -> assertThat(line).contains("getResourceAsStream"));
        assertThat(lines(violations("natives"))).as("CallsNativeCode").anySatisfy(line -> assertThat(line).contains("native"));
        assertThat(lines(violations("tests"))).as("LeansOnTestLibraries")
                .anySatisfy(line -> assertThat(line).contains("org.junit.jupiter.api.Assertions").contains("test libraries"));
        assertThat(lines(violations("alpha"))).as("ReachesIntoBeta").anySatisfy(line -> assertThat(line).contains("fixtures.beta.Beta"));
        JavaClasses outsider = new ClassFileImporter().importPackages(FIXTURES + "elsewhere");
        assertThat(lines(new Confinement(FIXTURES + "home", Policy.of("home"), "katas/home").check(outsider)))
                .as("a class of package elsewhere, checked as kata 'home'")
                .anySatisfy(line -> assertThat(line).contains("declares architecture.fixtures.elsewhere.Outsider, outside package"));
    }

    @Test
    @DisplayName("lets the processes kata wrap its standard streams, and still not open a file by name or start a process")
    void processesException() {
        Policy processes = Policy.of("processes");
        assertThat(lines(violations("pipes", processes))).as("UsesPipes under the processes kata's policy")
                .anySatisfy(line -> assertThat(line).contains("java.io.FileInputStream(java.lang.String)"))
                .anySatisfy(line -> assertThat(line).contains("java.lang.ProcessBuilder"))
                .noneSatisfy(line -> assertThat(line).contains("java.io.FileDescriptor"));
        assertThat(lines(violations("pipes"))).as("UsesPipes under the common policy")
                .anySatisfy(line -> assertThat(line).contains("uses java.io.FileDescriptor"));
    }

    @Nested
    @DisplayName("API parity between the stubs and the solution")
    class Parity {
        private final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES + "parity", FIXTURES + "twins");

        @Test
        @DisplayName("reports a renamed member and a class without a twin, naming which side has what")
        void reportsDrift() {
            assertThat(ApiParity.differences(FIXTURES + "parity.stub", fixtures, FIXTURES + "parity.solution", fixtures))
                    .as("next() was renamed to nextValue() in the solution, and Orphan has no twin")
                    .anySatisfy(line -> assertThat(line).contains("the stub has public int next()"))
                    .anySatisfy(line -> assertThat(line).contains("the solution has public int nextValue()"))
                    .anySatisfy(line -> assertThat(line).contains("Orphan, which the solution lacks"));
        }

        @Test
        @DisplayName("accepts faithful twins whose private helpers differ")
        void acceptsTwins() {
            assertThat(ApiParity.differences(FIXTURES + "twins.stub", fixtures, FIXTURES + "twins.solution", fixtures))
                    .as("private helpers do not count as API").isEmpty();
        }
    }
}
