package support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one mismatch report of the golden specs says what a learner needs, and stays short. */
@DisplayName("The golden mismatch report")
class GoldenMismatchesTest {

    @Test
    @DisplayName("passes when every answer agrees, and counts the cases compared")
    void agreement() {
        GoldenMismatches mismatches = new GoldenMismatches("calls");
        mismatches.compare("f(1)", "1", "1");
        mismatches.compare("f(2)", "2", "2");
        assertThat(mismatches.compared()).as("cases compared").isEqualTo(2);
        assertThatCode(mismatches::assertNone).as("no case differs").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("shows the call, CPython's answer and yours for the first five, the total, and escapes newlines")
    void report() {
        GoldenMismatches mismatches = new GoldenMismatches("calls");
        for (int i = 0; i < 7; i++) {
            mismatches.compare("f(" + i + ")", "TypeError: two\nlines", "ok");
        }
        mismatches.compare("g()", "same", "same");
        AssertionError failure = null;
        try {
            mismatches.assertNone();
        } catch (AssertionError expected) {
            failure = expected;
        }
        assertThat(failure).as("assertNone() with seven differing cases").isNotNull();
        assertThat(failure.getMessage()).as("the report")
                .startsWith("7 of 8 calls differ from CPython 3.11 (first 5 shown):\n - f(0)\n"
                        + "   CPython: TypeError: two\\nlines\n   yours:   ok\n")
                .contains(" - f(4)\n").doesNotContain("f(5)");
    }
}
