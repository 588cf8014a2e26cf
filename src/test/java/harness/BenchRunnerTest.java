package harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import support.BenchNotes;

@DisplayName("The benchmark report")
class BenchRunnerTest {
    private static final String PRINTED = "| n | ms |\n|---|---|\n"
            + BenchNotes.MARK + "20 fetches, blocking ÷ select\t1.95 s ÷ 0.096 s = 20×\t2.1 s ÷ 0.11 s = 19×\n"
            + "| 20 | 2100 |\n";

    @Test
    @DisplayName("lifts each marked line into a summary row that names the benchmark")
    void liftsMarkedLines() {
        assertThat(BenchRunner.summaryRows("selectors.bench.FetchBench", PRINTED))
                .as("summary rows of a benchmark that marked one line")
                .containsExactly("| 20 fetches, blocking ÷ select | 1.95 s ÷ 0.096 s = 20× | 2.1 s ÷ 0.11 s = 19× | FetchBench |");
    }

    @Test
    @DisplayName("leaves the benchmark's own table without the marked lines")
    void keepsTheRest() {
        assertThat(BenchRunner.withoutSummaryRows(PRINTED)).as("the section body")
                .isEqualTo("| n | ms |\n|---|---|\n| 20 | 2100 |\n");
    }
}
