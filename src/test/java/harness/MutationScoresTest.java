package harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mutation score table")
class MutationScoresTest {
    private static final String MUTATORS = "org.pitest.mutationtest.engine.gregor.mutators.";
    private static final String HEADER = "kata\tclass\tmethod\tmutator\tdescription\tsurvivors\treason";
    private static final String ADDITION = "Replaced integer addition with subtraction";
    private static final String EMPTY_NAME = "replaced return value with \"\" for threads/Pool::name";

    /** PIT's mutations.xml for the same survivors, with the Worker's code at the lines given. */
    private static String report(int workerLine, int otherWorkerLine) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"false\">\n"
                + mutation("KILLED", "threads.Pool", "submit", 10, "NegateConditionalsMutator", "negated conditional")
                + mutation("TIMED_OUT", "threads.Pool", "close", 20, "VoidMethodCallMutator",
                        "removed call to java/lang/Thread::join")
                + mutation("SURVIVED", "threads.Pool$Worker", "run", workerLine, "MathMutator", ADDITION)
                + mutation("SURVIVED", "threads.Pool$Worker", "run", otherWorkerLine, "MathMutator", ADDITION)
                + mutation("NO_COVERAGE", "threads.Pool", "name", 40, "returns.EmptyObjectReturnValsMutator",
                        "replaced return value with &quot;&quot; for threads/Pool::name")
                + mutation("KILLED", "dunders.Length", "len", 5, "NegateConditionalsMutator", "negated conditional")
                + "</mutations>\n";
    }

    private static String mutation(String status, String mutatedClass, String method, int line, String mutator,
            String description) {
        return "<mutation detected='" + status.equals("KILLED") + "' status='" + status + "' numberOfTestsRun='1'>"
                + "<sourceFile>X.java</sourceFile><mutatedClass>" + mutatedClass + "</mutatedClass>"
                + "<mutatedMethod>" + method + "</mutatedMethod><methodDescription>()V</methodDescription>"
                + "<lineNumber>" + line + "</lineNumber><mutator>" + MUTATORS + mutator + "</mutator>"
                + "<indexes><index>7</index></indexes><blocks><block>1</block></blocks>"
                + "<killingTest/><description>" + description + "</description></mutation>\n";
    }

    private static String entry(String mutatedClass, String method, String mutator, String description, int survivors,
            String reason) {
        return String.join("\t", "threads", mutatedClass, method, mutator, description, String.valueOf(survivors),
                reason);
    }

    /** scores.md of the report with the Worker at lines 30 and 31, against a list of these lines. */
    private static String scores(String... list) {
        return MutationScores.table(report(30, 31), List.of(list));
    }

    @Test
    @DisplayName("counts killed and timed-out mutants per kata, and lists every survivor nobody explained")
    void rawScores() {
        String table = scores();
        assertThat(table).as("scores.md without a list of equivalent mutants")
                .contains("| dunders | 1/1 | 100% | 0 | 0 | 0 |")
                .contains("| threads | 2/5 | 40% | 0 | 3 | 0 |")
                .contains("- Pool$Worker run MathMutator \"" + ADDITION + "\" (line 30) SURVIVED")
                .contains("- Pool name EmptyObjectReturnValsMutator \"" + EMPTY_NAME + "\" (line 40) NO_COVERAGE");
    }

    @Test
    @DisplayName("explains as many survivors alike as the entry counts, wherever their lines have moved")
    void explainedSurvivorsAfterALineMove() {
        List<String> list = List.of("# comment", HEADER,
                entry("Pool$Worker", "run", "MathMutator", ADDITION, 2, "the counters it changes are never read"));
        String before = MutationScores.table(report(30, 31), list);
        String after = MutationScores.table(report(52, 58), list);
        assertThat(List.of(before, after)).as("scores.md before and after an edit moved Worker.run down")
                .allSatisfy(table -> assertThat(table)
                        .contains("| threads | 2/5 | 40% | 2 | 1 | 0 |")
                        .doesNotContain("Pool$Worker run MathMutator")
                        .contains("- Pool name EmptyObjectReturnValsMutator \"" + EMPTY_NAME + "\""));
    }

    @Test
    @DisplayName("matches the description PIT escapes in its XML")
    void escapedDescription() {
        String table = scores(entry("Pool", "name", "EmptyObjectReturnValsMutator", EMPTY_NAME, 1, "only a label"));
        assertThat(table).as("scores.md where the entry names a description with quotes")
                .contains("| threads | 2/5 | 40% | 1 | 2 | 0 |");
    }

    @Test
    @DisplayName("leaves unexplained the survivors beyond the entry's count")
    void survivorsBeyondTheCount() {
        String table = scores(entry("Pool$Worker", "run", "MathMutator", ADDITION, 1, "one counter is never read"));
        assertThat(table).as("scores.md where two survivors are alike and the entry counts one")
                .contains("| threads | 2/5 | 40% | 1 | 2 | 0 |")
                .contains("- Pool$Worker run MathMutator \"" + ADDITION + "\" (line 31) SURVIVED");
    }

    @Test
    @DisplayName("reports an entry that matches no survivor, so the list cannot go stale unnoticed")
    void staleEntries() {
        String table = scores(HEADER,
                entry("Pool", "submit", "NegateConditionalsMutator", "negated conditional", 1, "no longer true"));
        assertThat(table).as("scores.md where a listed mutant is killed")
                .contains("| threads | 2/5 | 40% | 0 | 3 | 1 |")
                .contains("Listed as equivalent in threads but fewer such survivors")
                .contains("- Pool submit NegateConditionalsMutator \"negated conditional\": listed for 1, 0 found");
    }

    @Test
    @DisplayName("reports an entry that claims more survivors than there are")
    void entryClaimingTooMany() {
        String table = scores(entry("Pool$Worker", "run", "MathMutator", ADDITION, 3, "the counters are never read"));
        assertThat(table).as("scores.md where an entry counts three survivors and two survive")
                .contains("| threads | 2/5 | 40% | 2 | 1 | 1 |")
                .contains("- Pool$Worker run MathMutator \"" + ADDITION + "\": listed for 3, 2 found");
    }

    @Test
    @DisplayName("reports no stale entries of a kata PIT did not run")
    void otherKatasAreNotStale() {
        String table = scores(String.join("\t", "orm", "Table", "prepare", "VoidMethodCallMutator",
                "removed call to java/sql/Statement::close", "1", "equivalent: the connection frees it"));
        assertThat(table).as("scores.md of a run without orm").doesNotContain("orm").doesNotContain("Listed as");
    }

    @Test
    @DisplayName("refuses an entry without a reason, without a count, or listed twice")
    void malformedEntries() {
        assertThatIllegalArgumentException().as("an equivalent mutant with a blank reason")
                .isThrownBy(() -> scores(entry("Pool$Worker", "run", "MathMutator", ADDITION, 1, " ")))
                .withMessageContaining("reason");
        assertThatIllegalArgumentException().as("an equivalent mutant that explains 0 survivors")
                .isThrownBy(() -> scores(entry("Pool$Worker", "run", "MathMutator", ADDITION, 0, "never read")))
                .withMessageContaining("count of 1 or more");
        String once = entry("Pool$Worker", "run", "MathMutator", ADDITION, 1, "never read");
        assertThatIllegalArgumentException().as("the same key listed twice")
                .isThrownBy(() -> scores(once, once))
                .withMessageContaining("listed twice");
    }
}
