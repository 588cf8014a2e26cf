package setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * ReleaseLevel is given code (src/main/java/setup/): these specs hold it to CPython's
 * sys.version_info.releaselevel, so they pass on the untouched kata too. PythonVersion, the
 * learner's part, trusts the names, suffixes and order checked here.
 */
@Tag("given")
@DisplayName("ReleaseLevel (given code): sys.version_info.releaselevel and its version-string suffix")
class ReleaseLevelSpec {

    @Test
    @DisplayName("names the levels as sys.version_info.releaselevel does, with the suffixes of 3.13.0a2, 3.11.0b4, 3.12.0rc1, 3.11.7")
    void namesAndSuffixes() {
        assertThat(Arrays.stream(ReleaseLevel.values()).map(ReleaseLevel::pythonName).toList())
                .as("the four values sys.version_info.releaselevel can hold")
                .containsExactly("alpha", "beta", "candidate", "final");
        assertThat(Arrays.stream(ReleaseLevel.values()).map(ReleaseLevel::suffix).toList())
                .as("what the version string writes before the serial: 3.13.0a2, 3.11.0b4, 3.12.0rc1, and nothing in 3.11.7")
                .containsExactly("a", "b", "rc", "");
    }

    @Test
    @DisplayName("compares in release order, the order Python's version_info tuples give: alpha < beta < candidate < final")
    void releaseOrder() {
        List<ReleaseLevel> shuffled = List.of(ReleaseLevel.FINAL, ReleaseLevel.ALPHA, ReleaseLevel.CANDIDATE, ReleaseLevel.BETA);
        assertThat(shuffled.stream().sorted().map(ReleaseLevel::pythonName).toList())
                .as("sorted(['final', 'alpha', 'candidate', 'beta']), as (3, 12, 0, level, 1) tuples compare them")
                .containsExactly("alpha", "beta", "candidate", "final");
    }
}
