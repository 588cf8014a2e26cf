package support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one mismatch report of the golden specs says what a learner needs, and stays short. */
@DisplayName("The golden mismatch report")
class MismatchesTest {

    @Test
    @DisplayName("passes when every answer agrees, and counts the cases checked")
    void agreement() {
        Mismatches mismatches = new Mismatches("f(x)");
        mismatches.check("f(1)", "1", "1");
        mismatches.check("f(2)", "2", "2");
        assertThat(mismatches.cases()).as("cases checked").isEqualTo(2);
        assertThatCode(mismatches::assertNone).as("no case differs").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("shows the count, then the call, CPython's answer and yours for the first six, with newlines escaped")
    void report() {
        Mismatches mismatches = new Mismatches("f(x)");
        for (int i = 0; i < 8; i++) {
            mismatches.check("f(" + i + ")", "TypeError: two\nlines", "ok");
        }
        mismatches.check("g()", "same", "same");
        AssertionError failure = catchThrowableOfType(mismatches::assertNone, AssertionError.class);
        assertThat(failure).as("assertNone() with eight differing cases").isNotNull();
        assertThat(failure.getMessage()).as("the report")
                .startsWith("f(x): 8 of 9 cases disagree with CPython; the first 6:")
                .contains("f(0) -> CPython TypeError: two\\nlines, yours ok")
                .contains("f(5)").doesNotContain("f(6)");
    }
}
