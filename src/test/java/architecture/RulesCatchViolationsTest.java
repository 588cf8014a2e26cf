package architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;

/** Each rule is run on a planted violation (see {@code architecture.fixtures}) and must report it. */
@DisplayName("Each architecture rule")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // importing every kata's classes takes a few seconds on a busy machine
class RulesCatchViolationsTest {
    private static final String FIXTURES = "architecture.fixtures";
    private static JavaClasses fixtures;

    @BeforeAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    private static String pkg(String name) {
        return FIXTURES + "." + name;
    }

    private static EvaluationResult evaluate(ArchRule rule) {
        return rule.evaluate(fixtures);
    }

    @Test
    @DisplayName("rule 1 reports a kata that uses another kata, and spares the one that does not")
    void independenceRuleCatchesCrossKataDependency() {
        List<String> katas = List.of(pkg("alpha"), pkg("beta"));
        EvaluationResult alpha = evaluate(KataRules.isIndependentOfOtherKatas(pkg("alpha"), katas));
        assertThat(alpha.getFailureReport().toString()).as("alpha.ReachesIntoBeta uses beta.Beta")
                .contains("ReachesIntoBeta").contains("Beta");
        assertThat(evaluate(KataRules.isIndependentOfOtherKatas(pkg("beta"), katas)).getFailureReport().getDetails())
                .as("beta depends on no other fixture kata").isEmpty();
    }

    @Test
    @DisplayName("rule 2 reports kata code that uses a test library or a test class")
    void testCodeRuleCatchesTestDependencies() {
        String pretendSpec = pkg("tests.PretendSpec");
        EvaluationResult result = evaluate(KataRules.usesNoTestCode(pkg("tests"), Set.of(pretendSpec)));
        assertThat(result.getFailureReport().toString())
                .as("both LeansOnTestLibraries (JUnit) and LeansOnASpec (a test class) must be reported")
                .contains("LeansOnTestLibraries").contains("org.junit.jupiter.api.Assertions")
                .contains("LeansOnASpec").contains("PretendSpec");
        assertThat(evaluate(KataRules.usesNoTestCode(pkg("clean"), Set.of(pretendSpec))).getFailureReport().getDetails())
                .as("Clean uses only the JDK").isEmpty();
    }

    @Test
    @DisplayName("rule 3 reports a renamed member and a class without a twin, and accepts faithful twins")
    void parityRuleCatchesApiDrift() {
        EvaluationResult broken = evaluate(KataRules.hasTheSameApiAs(pkg("parity.stub"), pkg("parity.solution"), fixtures));
        assertThat(broken.getFailureReport().toString())
                .as("next() was renamed to nextValue() in the solution, and Orphan has no twin")
                .contains("next()").contains("nextValue()").contains("Orphan has no twin");
        EvaluationResult reverse = evaluate(KataRules.hasTheSameApiAs(pkg("parity.solution"), pkg("parity.stub"), fixtures));
        assertThat(reverse.getFailureReport().toString()).as("the rule also runs from the solution side")
                .contains("nextValue()");
        EvaluationResult twins = evaluate(KataRules.hasTheSameApiAs(pkg("twins.stub"), pkg("twins.solution"), fixtures));
        assertThat(twins.getFailureReport().getDetails()).as("private helpers do not count as API").isEmpty();
    }

    @Test
    @DisplayName("rule 4 reports System.exit and ProcessBuilder outside the processes kata")
    void processRuleCatchesExitAndSpawn() {
        assertThat(evaluate(KataRules.startsNoProcesses(pkg("exits"))).getFailureReport().toString())
                .as("ExitsTheJvm calls System.exit").contains("ExitsTheJvm").contains("exit");
        assertThat(evaluate(KataRules.startsNoProcesses(pkg("spawns"))).getFailureReport().toString())
                .as("StartsAProcess uses ProcessBuilder").contains("StartsAProcess").contains("ProcessBuilder");
        assertThat(evaluate(KataRules.startsNoProcesses(pkg("clean"))).getFailureReport().getDetails())
                .as("Clean starts nothing").isEmpty();
    }

    @Test
    @DisplayName("rule 5 reports kata code that loads the golden fixtures")
    void resourceRuleCatchesPeeking() {
        assertThat(evaluate(KataRules.readsNoResources(pkg("peeks"))).getFailureReport().toString())
                .as("ReadsTheAnswers calls getResourceAsStream").contains("ReadsTheAnswers").contains("getResourceAsStream");
        assertThat(evaluate(KataRules.readsNoResources(pkg("clean"))).getFailureReport().getDetails())
                .as("Clean reads no resources").isEmpty();
    }

    @Test
    @DisplayName("fail when they match no classes at all, e.g. a kata folder that compiled to nothing")
    void rulesFailOnAnEmptyKata() {
        Throwable thrown = catchThrowable(() -> KataRules.readsNoResources(pkg("nothing")).check(fixtures));
        assertThat(thrown).as("a rule over an empty package must not pass silently")
                .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }
}
