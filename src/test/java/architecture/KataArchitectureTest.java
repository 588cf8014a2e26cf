package architecture;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import harness.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every separation rule on every kata, once for the learner's stubs and once for the
 * solutions. Each test is named "{@code <slug>: <rule>}" so that the grade report can charge a
 * violation to the kata that has it.
 */
@DisplayName("The architecture rules")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // importing every kata's classes takes a few seconds on a busy machine
class KataArchitectureTest {

    @TestFactory
    @DisplayName("hold for every kata, in the learner's code and in the solutions")
    Stream<DynamicTest> rulesHoldForEveryKata() {
        List<String> katas = Manifest.load().slugs();
        // -Pkata=<slug> compiles only that kata and skips the solutions: check the learner's side.
        String only = System.getProperty("kata.mode", "").equals("kata") ? System.getProperty("kata.slug") : null;
        JavaClasses stubs = only == null ? ClassDirectories.stubs() : ClassDirectories.stubs(only);
        JavaClasses solutions = only == null ? ClassDirectories.solutions() : null;
        Set<String> testClasses = ClassDirectories.testClassNames();
        List<DynamicTest> tests = new ArrayList<>();
        for (String kata : katas) {
            if (only != null && !only.equals(kata)) {
                continue;
            }
            tests.add(check(kata, "katas/", rulesFor(kata, katas, testClasses), stubs));
            if (solutions == null) {
                continue;
            }
            tests.add(check(kata, "solutions/", rulesFor(kata, katas, testClasses), solutions));
            tests.add(check(kata, "katas/ vs solutions/", List.of(KataRules.hasTheSameApiAs(kata, kata, solutions)), stubs));
            tests.add(check(kata, "solutions/ vs katas/", List.of(KataRules.hasTheSameApiAs(kata, kata, stubs)), solutions));
        }
        if (tests.isEmpty()) {
            throw new IllegalStateException("no kata to check: katas/manifest.json lists none (or -Pkata names an unknown one)");
        }
        return tests.stream();
    }

    private static List<ArchRule> rulesFor(String kata, List<String> katas, Set<String> testClasses) {
        List<ArchRule> rules = new ArrayList<>(List.of(
                KataRules.isIndependentOfOtherKatas(kata, katas),
                KataRules.usesNoTestCode(kata, testClasses),
                KataRules.readsNoResources(kata)));
        if (!kata.equals(KataRules.PROCESSES_KATA)) {
            rules.add(KataRules.startsNoProcesses(kata));
        }
        return rules;
    }

    private static DynamicTest check(String kata, String where, List<ArchRule> rules, JavaClasses classes) {
        return dynamicTest(kata + ": " + where + " obeys the separation rules", () -> {
            List<String> failures = new ArrayList<>();
            for (ArchRule rule : rules) {
                var result = rule.evaluate(classes);
                if (result.hasViolation()) {
                    failures.add(result.getFailureReport().toString());
                }
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(kata + " (" + where + ") breaks the architecture rules:\n"
                        + String.join("\n", failures));
            }
        });
    }
}
