package harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mutation score table")
class MutationScoresTest {
    private static final String MUTATORS = "org.pitest.mutationtest.engine.gregor.mutators.";
    private static final List<String> CSV = List.of(
            "Pool.java,threads.Pool,"   + MUTATORS + "NegateConditionalsMutator,submit,10,KILLED,threads.PoolSpec.x",
            "Pool.java,threads.Pool,"   + MUTATORS + "VoidMethodCallMutator,close,20,TIMED_OUT,none",
            "Pool.java,threads.Pool$Worker," + MUTATORS + "MathMutator,run,30,SURVIVED,none",
            "Pool.java,threads.Pool,"   + MUTATORS + "returns.EmptyObjectReturnValsMutator,name,40,NO_COVERAGE,none",
            "Len.java,dunders.Length,"  + MUTATORS + "NegateConditionalsMutator,len,5,KILLED,dunders.LengthSpec.y");
    private static final String HEADER = "kata\tclass\tmethod\tline\tmutator\treason";

    @Test
    @DisplayName("counts killed and timed-out mutants per kata, and lists every survivor nobody explained")
    void rawScores() {
        String table = MutationScores.table(CSV, List.of());
        assertThat(table).as("scores.md without a list of equivalent mutants")
                .contains("| dunders | 1/1 | 100% | 0 | 0 |")
                .contains("| threads | 2/4 | 50% | 0 | 2 |")
                .contains("- Pool$Worker run 30 MathMutator SURVIVED")
                .contains("- Pool name 40 EmptyObjectReturnValsMutator NO_COVERAGE");
    }

    @Test
    @DisplayName("counts a survivor listed as equivalent as explained, not as killed")
    void explainedSurvivors() {
        String table = MutationScores.table(CSV, List.of("# comment", HEADER,
                "threads\tPool$Worker\trun\t30\tMathMutator\tthe counter it changes is never read"));
        assertThat(table).as("scores.md with one equivalent mutant")
                .contains("| threads | 2/4 | 50% | 1 | 1 |")
                .doesNotContain("Pool$Worker run 30 MathMutator SURVIVED")
                .contains("- Pool name 40 EmptyObjectReturnValsMutator NO_COVERAGE");
    }

    @Test
    @DisplayName("reports a listed mutant that no longer survives, so the list cannot go stale unnoticed")
    void staleEntries() {
        String table = MutationScores.table(CSV, List.of(HEADER,
                "threads\tPool\tsubmit\t10\tNegateConditionalsMutator\tno longer true"));
        assertThat(table).as("scores.md where a listed mutant is killed")
                .contains("Listed as equivalent in threads but no such survivor")
                .contains("- Pool submit 10 NegateConditionalsMutator");
    }

    @Test
    @DisplayName("refuses an entry without a reason")
    void reasonRequired() {
        assertThatThrownBy(() -> MutationScores.table(CSV, List.of("threads\tPool\trun\t30\tMathMutator\t ")),
                "an equivalent mutant with a blank reason")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }
}
