package harness;

import static org.assertj.core.api.Assertions.assertThat;

import harness.fixtures.TwoTaskKata;
import harness.ladder.KataPair;
import harness.ladder.Ladder;
import harness.ladder.LadderSection;
import harness.ladder.Rung;
import harness.ladder.SourceMembers;
import harness.run.KataRun;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ladder on a two-task fixture kata: it finds a spec that needs a later task's member and a
 * spec that checks nothing of its own task, passes a kata in the right order, and refuses a stub
 * member it cannot pair with the solution.
 */
@DisplayName("The task ladder")
class LadderTest {
    @TempDir
    Path directory;

    private List<String> climb(TwoTaskKata kata, LadderSection section) throws Exception {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        try {
            KataRun engine = new KataRun(kata.classpath(), Duration.ofMinutes(1));
            return Ladder.submit(workers, engine, kata.basedir(), TwoTaskKata.SLUG, 2, section, directory.resolve("target/ladder"))
                    .offenders();
        } finally {
            workers.shutdownNow();
        }
    }

    @Nested
    @DisplayName("run on the kata with task 1 solved")
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // compiles the kata and starts a JVM
    class Climbing {
        @Test
        @DisplayName("finds nothing when each task's spec needs only the members of its task and the ones before")
        void wellOrdered() throws Exception {
            TwoTaskKata kata = TwoTaskKata.withSpecs(directory, "tally.total()", "tally.doubled()");
            assertThat(climb(kata, LadderSection.NONE)).as("offenders of a well-ordered kata").isEmpty();
        }

        @Test
        @DisplayName("names task 1's spec that needs task 2's member, and the task it needs")
        void earlySpecNeedsLaterMember() throws Exception {
            TwoTaskKata kata = TwoTaskKata.withSpecs(directory, "tally.doubled()", "tally.doubled()");
            assertThat(climb(kata, LadderSection.NONE)).as("offenders when task 1's spec calls doubled(), a member of task 2").singleElement()
                    .asString().startsWith("tally: ladder, with task 1 solved: task 1's spec needs a member of task 2: TallySpec › firstTask()")
                    .contains("TODO(task 2): return twice the count");
        }

        @Test
        @DisplayName("names task 2's spec that passes before task 2 is solved")
        void laterSpecPassesEarly() throws Exception {
            TwoTaskKata kata = TwoTaskKata.withSpecs(directory, "tally.total()", "tally.total() * 2");
            assertThat(climb(kata, LadderSection.NONE)).as("offenders when task 2's spec calls only task 1's members").singleElement()
                    .asString().isEqualTo("tally: ladder, with task 1 solved: task 2's spec passes before task 2 is solved,"
                            + " so it checks nothing of that task: TallySpec › secondTask()");
        }
    }

    @Nested
    @DisplayName("pairing a stub's members with the solution's")
    class Pairing {
        private TwoTaskKata kata;

        private KataPair pairWithStubConstructor(String parameters, LadderSection section) {
            kata = TwoTaskKata.withSpecs(directory, "tally.total()", "tally.doubled()");
            kata.rewriteStub(TwoTaskKata.stubText().replace("public Tally()", "public Tally(" + parameters + ")"));
            return KataPair.of(TwoTaskKata.SLUG, kata.stubs(), kata.solutions(), section, 2);
        }

        private LadderSection twins(LadderSection.Twin... twins) {
            return new LadderSection(List.of(twins), List.of());
        }

        @Test
        @DisplayName("refuses a stub member with no twin of its signature, unless the manifest pairs it")
        void unpairedMember() {
            assertThat(pairWithStubConstructor("int start", LadderSection.NONE).problems()).as("problems of new Tally(int) without a twin")
                    .containsExactly("tally: ladder: the stub's new Tally(int) (katas/tally/Tally.java) has no twin of that signature"
                            + " in the solution: pair it in the \"ladder\" section of katas/manifest.json");
        }

        @Test
        @DisplayName("swaps the body of a member the manifest pairs, as for a twin of the same signature")
        void declaredPair() throws Exception {
            KataPair pair = pairWithStubConstructor("int start", twins(new LadderSection.Twin("new Tally(int)", "new Tally()", "a test")));
            assertThat(pair.problems()).as("problems once the manifest pairs new Tally(int) with new Tally()").isEmpty();
            pair.write(0, directory.resolve("rung"));
            assertThat(Files.readString(directory.resolve("rung/Tally.java"), StandardCharsets.UTF_8))
                    .as("the solution's Tally() with no task solved").contains("private int count;")
                    .contains("public Tally() {\n        throw new UnsupportedOperationException(\"TODO(task 1): start at zero");
        }

        @Test
        @DisplayName("refuses a pair of the manifest that names no member, or one that a signature already pairs")
        void stalePairs() {
            KataPair pair = pairWithStubConstructor("", twins(new LadderSection.Twin("new Tally()", "new Tally()", "not needed"),
                    new LadderSection.Twin("Tally.reset()", "Tally.total()", "no such stub member")));
            assertThat(pair.problems()).as("problems of stale pairs").containsExactly(
                    "tally: ladder: the stub's new Tally() (katas/tally/Tally.java) needs no pair in katas/manifest.json:"
                            + " the solution's member of the same signature is its twin",
                    "tally: ladder: katas/manifest.json pairs the stub's Tally.reset(), which no stub of tally declares");
        }

        @Test
        @DisplayName("cuts a member that a later task extends back to its earlier stage, until that task")
        void stage() throws Exception {
            LadderSection.Stage stage = new LadderSection.Stage("Tally.total()", 2, "return -1;", "a test");
            KataPair pair = pairWithStubConstructor("", new LadderSection(List.of(), List.of(stage)));
            assertThat(pair.problems()).as("problems of a stage of total(), a task-1 member, before task 2").isEmpty();
            pair.write(1, directory.resolve("rung"));
            assertThat(Files.readString(directory.resolve("rung/Tally.java"), StandardCharsets.UTF_8)).as("Tally.java with task 1 solved")
                    .contains("public int total() {\n        return -1;\n    }").contains("count += n;");
            pair.write(2, directory.resolve("rung"));
            assertThat(Files.readString(directory.resolve("rung/Tally.java"), StandardCharsets.UTF_8)).as("Tally.java with task 2 solved")
                    .contains("public int total() {\n        return count;\n    }");
        }

        @Test
        @DisplayName("refuses a stage that does not end after the member's own task")
        void stageTooEarly() {
            LadderSection.Stage stage = new LadderSection.Stage("Tally.doubled()", 2, "return 0;", "a test");
            assertThat(pairWithStubConstructor("", new LadderSection(List.of(), List.of(stage))).problems())
                    .as("problems of a stage of doubled(), a task-2 member, before task 2").containsExactly(
                            "tally: ladder: katas/manifest.json gives Tally.doubled() a stage before task 2: a stage must end after"
                                    + " the member's own task (2) and by the kata's last (2)");
        }
    }

    @Test
    @DisplayName("keeps a constructor's super(...) when the stub's body relies on the implicit one")
    void superCall() {
        SourceMembers solution = SourceMembers.parse(URI.create("string:///B.java"), """
                class B extends A {
                    B(int x) {
                        super(x);
                        this.y = x;
                    }
                }
                """);
        SourceMembers stub = SourceMembers.parse(URI.create("string:///B.java"), """
                class B extends A {
                    B(int x) {
                        throw new UnsupportedOperationException("TODO(task 2): remember x");
                    }
                }
                """);
        assertThat(Rung.assemble(solution, Map.of("new B(int)", stub.members().get("new B(int)")), Map.of(), 1))
                .as("new B(int) with task 1 solved").isEqualTo("""
                class B extends A {
                    B(int x) {
                        super(x);
                        throw new UnsupportedOperationException("TODO(task 2): remember x");
                    }
                }
                """);
    }
}
