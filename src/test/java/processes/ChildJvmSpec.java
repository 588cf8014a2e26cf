package processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ChildJvm is given code, the same for every learner: these specs keep it honest and pass on the untouched kata too. */
@Tag("given")
@DisplayName("ChildJvm (given code): a child JVM runs a main class of this kata, on this class path")
@Timeout(value = 30, unit = TimeUnit.SECONDS) // starts a JVM; a hang here is a child that never ends
class ChildJvmSpec {

    @Test
    @DisplayName("runs a processes main class with its arguments, and hands back its stdout")
    void runsAKataMainClass() throws Exception {
        Process child = ChildJvm.start(EchoMain.class, "spam", "eggs");
        try {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor()).as("exit code of the child running EchoMain").isZero();
            assertThat(out).as("what EchoMain printed in the child JVM").isEqualTo("spam eggs");
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    @DisplayName("refuses a main class of another package: a child runs kata code, nothing else")
    void refusesOtherMainClasses() {
        assertThatExceptionOfType(IllegalArgumentException.class).as("ChildJvm.start(String.class)")
                .isThrownBy(() -> ChildJvm.start(String.class))
                .withMessage("a child JVM runs a main class of the processes kata, not java.lang.String");
    }
}
