package architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The separation rules, as factories over package names so that the same rule runs on the real
 * katas (package {@code sequences}) and on the planted violations in {@code architecture.fixtures}.
 */
final class KataRules {
    /** The one kata that is about starting processes. */
    static final String PROCESSES_KATA = "processes";

    static final List<String> TEST_LIBRARIES = List.of(
            "org.junit..", "org.opentest4j..", "org.assertj..", "org.quicktheories..",
            "com.tngtech.archunit..", "com.google.gson..");

    private KataRules() {
    }

    /** Rule 1: a kata is self-contained. */
    static ArchRule isIndependentOfOtherKatas(String kata, Collection<String> otherKatas) {
        String[] others = otherKatas.stream().filter(other -> !other.equals(kata)).map(other -> other + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(kata + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.length == 0 ? new String[] {"..none.."} : others)
                .as("classes in kata '" + kata + "' do not depend on any other kata")
                .because("every kata can be done alone, in any order");
    }

    /** Rule 2: learner and solution code stand on their own, without test code or test libraries. */
    static ArchRule usesNoTestCode(String kata, Set<String> testClassNames) {
        DescribedPredicate<JavaClass> testCode = DescribedPredicate.describe(
                "are test code", (JavaClass target) -> testClassNames.contains(target.getName()));
        return noClasses().that().resideInAPackage(kata + "..")
                .should().dependOnClassesThat(testCode.or(resideInAnyPackage(TEST_LIBRARIES.toArray(String[]::new))))
                .as("classes in kata '" + kata + "' do not depend on test code or test libraries")
                .because("the specs judge the code; the code must not lean on them");
    }

    /** Rule 4: no exiting the JVM or starting processes, except in the processes kata. */
    static ArchRule startsNoProcesses(String kata) {
        return noClasses().that().resideInAPackage(kata + "..")
                .should().callMethodWhere(exitsOrSpawns())
                .orShould().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
                .as("classes in kata '" + kata + "' never exit the JVM or start a process")
                .because("a learner's mistake must not kill or escape the test run; only the '"
                        + PROCESSES_KATA + "' kata is about processes");
    }

    /** Rule 5: no peeking at the answers. */
    static ArchRule readsNoResources(String kata) {
        return noClasses().that().resideInAPackage(kata + "..")
                .should().callMethodWhere(loadsAResource())
                .as("classes in kata '" + kata + "' do not load classpath resources such as the golden fixtures")
                .because("the golden fixtures are the expected answers, and reading them is not solving the kata");
    }

    /** Rule 3: the stub and its solution twin expose the same public API. */
    static ArchRule hasTheSameApiAs(String stubPackage, String solutionPackage, JavaClasses twins) {
        return classes().that().resideInAPackage(stubPackage + "..").and().arePublic()
                .should(new ApiParity(stubPackage, solutionPackage, twins))
                .as("every public class in '" + stubPackage + "' has a twin in '" + solutionPackage
                        + "' with the same public signatures")
                .because("the same specs run against the learner's stubs and the reference solutions");
    }

    static JavaClasses inPackage(JavaClasses classes, String pkg) {
        return classes.that(resideInAPackage(pkg + ".."));
    }

    private static DescribedPredicate<JavaAccess<?>> exitsOrSpawns() {
        return DescribedPredicate.describe("System.exit, Runtime.halt or Runtime.exec", (JavaAccess<?> access) -> {
            AccessTarget target = access.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            return (owner.equals(System.class.getName()) && name.equals("exit"))
                    || (owner.equals(Runtime.class.getName()) && (name.equals("halt") || name.equals("exec")));
        });
    }

    private static DescribedPredicate<JavaAccess<?>> loadsAResource() {
        return DescribedPredicate.describe("Class/ClassLoader.getResource*", (JavaAccess<?> access) -> {
            AccessTarget target = access.getTarget();
            String owner = target.getOwner().getName();
            return (owner.equals(Class.class.getName()) || owner.equals(ClassLoader.class.getName()))
                    && (target.getName().startsWith("getResource") || target.getName().startsWith("getSystemResource"));
        });
    }
}
