package harness;

import harness.grading.ForkCode;
import harness.grading.Git;
import harness.render.ExercismResults;
import harness.render.Grade;
import harness.render.GradeJson;
import harness.render.JUnitXml;
import harness.render.ProgressTable;
import harness.run.Classpath;
import harness.run.KataRun;
import harness.run.Tree;
import harness.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./mvnw test -Pkatas}, and the heart of {@code .ci/grade}: every kata against the code in
 * {@code katas/}, each in JVMs of its own with a wall budget, two at a time. Whatever one kata's
 * code does costs only that kata. Then the progress table on the console and, in the report
 * directory, {@code grade.json}, {@code summary.md}, and per kata an Exercism {@code results.json}
 * and a JUnit XML file. Only this process writes them, after every kata's JVM is gone.
 */
public final class Grader {
    /** Far above what any kata's reference solution needs (the slowest takes about 15 s); catches hangs only. */
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("kata.budget", 120));
    static final int WORKERS = 2;

    private Grader() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Manifest manifest = Manifest.load();
        String started = Instant.now().toString();
        List<ForkCode.Ignored> notGraded = takeForkCode(manifest, System.getProperty("kata.fork", ""));
        List<Verdict> verdicts = gradeAll(manifest, Classpath.fromSystemProperties());
        Grade grade = new Grade(manifest, verdicts, Provenance.of(started, Instant.now().toString()), notGraded);
        write(grade, out);
        System.out.println(ProgressTable.console(grade));
        System.out.println("Written to " + out.resolve("summary.md") + " and " + out.resolve("grade.json"));
    }

    /**
     * Under {@code .ci/grade}, this clone is a fresh grading tree of upstream and {@code fork} names the
     * student's commit, fetched into it: only that commit's kata files are taken. Otherwise the clone
     * is graded as it is.
     */
    private static List<ForkCode.Ignored> takeForkCode(Manifest manifest, String fork) {
        if (fork.isEmpty()) {
            return List.of();
        }
        Path basedir = Manifest.basedir();
        Git git = new Git(basedir);
        List<ForkCode.Ignored> notGraded = new ForkCode(git, Set.copyOf(manifest.slugs())).copyInto(basedir, git.resolve(fork));
        notGraded.forEach(file -> System.out.println("not graded: " + file.path() + ": " + file.why()));
        return notGraded;
    }

    static List<Verdict> gradeAll(Manifest manifest, Classpath classpath) throws InterruptedException, ExecutionException {
        KataRun engine = new KataRun(classpath, BUDGET);
        Path basedir = classpath.basedir();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<Verdict>> pending = new ArrayList<>();
            for (String slug : manifest.slugs()) {
                pending.add(workers.submit(() -> engine.run(slug, basedir.resolve("katas").resolve(slug),
                        basedir.resolve("target/grade").resolve(slug), 0)));
            }
            List<Verdict> verdicts = new ArrayList<>();
            for (Future<Verdict> verdict : pending) {
                verdicts.add(verdict.get());
            }
            return verdicts;
        } finally {
            workers.shutdownNow();
        }
    }

    static void write(Grade grade, Path out) throws IOException {
        Tree.recreate(out);
        String markdown = ProgressTable.markdown(grade);
        Files.writeString(out.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("grade.json"), GradeJson.render(grade), StandardCharsets.UTF_8);
        for (Verdict verdict : grade.verdicts()) {
            Path kata = Files.createDirectories(out.resolve("katas").resolve(verdict.slug()));
            Files.writeString(kata.resolve("results.json"), ExercismResults.render(verdict), StandardCharsets.UTF_8);
            Path junit = Files.createDirectories(out.resolve("junit"));
            Files.writeString(junit.resolve("TEST-" + verdict.slug() + ".xml"), JUnitXml.render(verdict), StandardCharsets.UTF_8);
        }
        String stepSummary = System.getenv("GITHUB_STEP_SUMMARY");
        if (stepSummary != null && !stepSummary.isBlank()) {
            Files.writeString(Path.of(stepSummary), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
