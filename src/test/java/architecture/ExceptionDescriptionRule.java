package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * An exception assertion in a spec must keep its description when nothing is thrown. AssertJ's
 * one-argument {@code assertThatThrownBy(call)} fails inside that very call when {@code call}
 * returns normally, before any {@code .as(...)} chained after it has run: the learner then reads
 * only "Expecting code to raise a throwable.", without a word about which call it was.
 */
final class ExceptionDescriptionRule {
    /** Assertions, AssertionsForClassTypes, Java6Assertions, WithAssertions and the soft assertions say assertThatThrownBy; the BDD ones, thenThrownBy. */
    private static final Set<String> NAMES = Set.of("assertThatThrownBy", "thenThrownBy");

    private static final DescribedPredicate<JavaMethodCall> ONE_ARGUMENT_THROWN_BY = DescribedPredicate.describe(
            "assertThatThrownBy(ThrowingCallable) or thenThrownBy(ThrowingCallable), the overloads without a description",
            call -> NAMES.contains(call.getName()) && takesOnlyACallable(call.getTarget().getRawParameterTypes()));

    static final ArchRule RULE = noClasses().should().callMethodWhere(ONE_ARGUMENT_THROWN_BY)
            .because("when nothing is thrown they fail before .as(...) applies, and the learner sees no description: write "
                    + "assertThatThrownBy(() -> ..., \"the call in Python notation\") or "
                    + "assertThatExceptionOfType(X.class).as(\"the call in Python notation\").isThrownBy(() -> ...)");

    private ExceptionDescriptionRule() {
    }

    /** One line per offending call: the calling method, the method called, and the place. */
    static List<String> violations(JavaClasses classes) {
        return RULE.evaluate(classes).getFailureReport().getDetails();
    }

    private static boolean takesOnlyACallable(List<JavaClass> parameters) {
        return parameters.size() == 1 && parameters.get(0).isEquivalentTo(ThrowingCallable.class);
    }
}
