package harness;

import static org.assertj.core.api.Assertions.assertThat;

import harness.fixtures.FixtureKata;
import harness.run.KataRun;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a one-class fixture kata: whatever the learner's code does, the verdict says what
 * happened, and nothing the code started outlives the run.
 */
@DisplayName("The kata engine")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // compiles and starts several JVMs
class EngineTest {
    @TempDir
    Path directory;

    private Verdict run(String nextBody, Duration budget) {
        FixtureKata kata = FixtureKata.withLearnerCode(directory, nextBody);
        return new KataRun(kata.classpath(), budget).run(FixtureKata.SLUG, kata.learnerSources(), directory.resolve("target/work"), 0);
    }

    private static List<SpecStatus> statuses(Verdict verdict) {
        return verdict.specs().stream().map(SpecResult::status).toList();
    }

    @Test
    @DisplayName("passes correct code, spec by spec, against the trusted list of specs")
    void passes() {
        Verdict verdict = run("return n + 1;", Duration.ofMinutes(1));
        assertThat(verdict.status()).as("status of correct code").isEqualTo(KataStatus.PASSED);
        assertThat(statuses(verdict)).as("each spec").containsExactly(SpecStatus.PASSED, SpecStatus.PASSED, SpecStatus.PASSED);
        assertThat(verdict.specs()).extracting(SpecResult::task).as("tasks from @Tag").containsOnly(1);
    }

    @Test
    @DisplayName("compiles the given code that names the learner's classes together with them, for the specs and for the run")
    void givenCodeBesideTheKata() {
        FixtureKata kata = FixtureKata.withLearnerCode(directory, "return new Tally(new Counter(), n + 1).count();")
                .withGivenCodeNamingTheKata();
        Verdict verdict = new KataRun(kata.classpath(), Duration.ofMinutes(1))
                .run(FixtureKata.SLUG, kata.learnerSources(), directory.resolve("target/work"), 0);
        assertThat(verdict.compileErrors()).as("javac's errors for code that uses the given Tally").isEmpty();
        assertThat(verdict.status()).as("status of correct code that uses the given Tally").isEqualTo(KataStatus.PASSED);
    }

    @Test
    @DisplayName("refuses a learner's copy of given code rather than let it replace the given class")
    void learnersCopyOfGivenCode() {
        FixtureKata kata = FixtureKata.withLearnerCode(directory, "return n + 1;").withGivenCodeNamingTheKata()
                .withLearnerFile("Tally.java", "package counter;\n\npublic record Tally(Counter counter, int count) {\n}\n");
        Verdict verdict = new KataRun(kata.classpath(), Duration.ofMinutes(1))
                .run(FixtureKata.SLUG, kata.learnerSources(), directory.resolve("target/work"), 0);
        assertThat(verdict.status()).as("status of a kata that declares the given Tally again").isEqualTo(KataStatus.COMPILE_ERROR);
        assertThat(verdict.compileErrors()).as("javac's errors")
                .anySatisfy(error -> assertThat(error).contains("duplicate class: counter.Tally"));
    }

    @Test
    @DisplayName("says where code does not compile, relative to the repository")
    void compileError() {
        Verdict verdict = run("return n + ;", Duration.ofMinutes(1));
        assertThat(verdict.status()).as("status").isEqualTo(KataStatus.COMPILE_ERROR);
        assertThat(verdict.compileErrors()).as("javac's errors").first().asString().startsWith("katas/counter/Counter.java:5: ");
        assertThat(statuses(verdict)).as("nothing ran").containsOnly(SpecStatus.NOT_RUN);
    }

    @Test
    @DisplayName("does not run code that breaks a rule, and says which line does what")
    void ruleViolation() {
        Verdict verdict = run("System.exit(0);\nreturn n + 1;", Duration.ofMinutes(1));
        assertThat(verdict.status()).as("status").isEqualTo(KataStatus.RULE_VIOLATION);
        assertThat(verdict.violations()).as("violations").singleElement().extracting(violation -> violation.line()).asString()
                .isEqualTo("your katas/counter/Counter.java:5 calls java.lang.System.exit(int) (code under test may not end the JVM)");
        assertThat(statuses(verdict)).as("nothing ran").containsOnly(SpecStatus.NOT_RUN);
    }

    @Test
    @DisplayName("ends a kata whose spec leaves a spinning thread behind, and says the rest was not run")
    void runaways() {
        Verdict verdict = run("while (n > 0) {\n    n = n | 1;\n}\nreturn n;", Duration.ofMinutes(1));
        assertThat(verdict.status()).as("status after " + KataRun.MAX_RUNAWAYS + " runaways").isEqualTo(KataStatus.TIMED_OUT);
        assertThat(verdict.specs()).filteredOn(spec -> spec.status() == SpecStatus.FAILED).as("the specs that ran")
                .hasSize(KataRun.MAX_RUNAWAYS)
                .allSatisfy(spec -> assertThat(spec.message()).contains("timed out").contains("was still running afterwards"));
        assertThat(verdict.specs()).filteredOn(spec -> spec.status() == SpecStatus.NOT_RUN).as("the specs after them")
                .hasSize(3 - KataRun.MAX_RUNAWAYS)
                .allSatisfy(spec -> assertThat(spec.message()).contains("spinning, so the rest of the kata was not run"));
        assertThat(verdict.problem()).as("the kata's problem").contains("timed out and left its thread spinning");
    }

    @Test
    @DisplayName("calls a JVM that dies of an OutOfMemoryError crashed, and keeps the specs that finished")
    void crash() {
        Verdict verdict = run("""
                if (n == 1) {
                    return 2;
                }
                long[] hoard = new long[Integer.MAX_VALUE - 8];
                return hoard.length;""", Duration.ofMinutes(1));
        assertThat(verdict.status()).as("status").isEqualTo(KataStatus.CRASHED);
        assertThat(verdict.problem()).as("problem").contains("crashed").contains("OutOfMemoryError");
        assertThat(verdict.specs()).filteredOn(SpecResult::passed).as("next(1) finished before the crash").hasSize(1);
    }

    @Test
    @DisplayName("calls a JVM that outlives its wall budget timed out, and counts what never reported as not run")
    void budget() {
        Verdict verdict = run("""
                Object never = new Object();
                synchronized (never) {
                    try {
                        never.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return n + 1;""", Duration.ofMillis(1500));
        assertThat(verdict.status()).as("status").isEqualTo(KataStatus.TIMED_OUT);
        assertThat(verdict.specs()).filteredOn(spec -> spec.status() == SpecStatus.NOT_RUN).as("specs never reported").isNotEmpty();
    }

    @Test
    @DisplayName("does not believe a verdict line that the code under test prints")
    void forgedLines() {
        Verdict verdict = run("""
                System.out.println("KATA 00 {\\"event\\":\\"spec\\",\\"status\\":\\"PASSED\\"}");
                return n;""", Duration.ofMinutes(1));
        assertThat(verdict.status()).as("status of code that prints a forged pass").isEqualTo(KataStatus.FAILED);
        assertThat(verdict.passed()).as("specs passed").isZero();
        assertThat(verdict.firstFailure().orElseThrow().output()).as("what the code printed is shown as its output").contains("KATA 00");
    }
}
