package harness;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import harness.ladder.Ladder;
import harness.ladder.LadderSection;
import harness.rules.ApiParity;
import harness.run.Classpath;
import harness.run.KataRun;
import harness.verdict.KataStatus;
import harness.verdict.SpecResult;
import harness.verdict.SpecStatus;
import harness.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The maintainers' gate, {@code ./mvnw verify -Pcheck}: for every kata, the engine's verdict on the
 * pristine stubs and on the reference solution. Every spec must fail on the stubs (a spec that
 * passes there checks nothing a learner has to do) and pass on the solution; both trees must
 * compile, obey the rules and expose the same public API. Then the {@link Ladder}: each task goes
 * green with only the tasks before it solved. Fails the build, listing every offender.
 */
public final class Check {
    private Check() {
    }

    /** What the gate found for one kata. */
    record KataCheck(String slug, Verdict onStubs, Verdict onSolution, List<String> offenders) {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path out = Path.of(args[0]);
        Manifest manifest = Manifest.load();
        Classpath classpath = Classpath.fromSystemProperties();
        KataRun engine = new KataRun(classpath, Grader.BUDGET);
        ExecutorService workers = Executors.newFixedThreadPool(Grader.WORKERS);
        List<Future<KataCheck>> pending = new ArrayList<>();
        for (String slug : manifest.slugs()) {
            pending.add(workers.submit(() -> check(engine, classpath.basedir(), slug, out)));
        }
        // Queued behind the checks above: the two workers take them once the stubs and solutions are judged.
        Map<String, LadderSection> sections = LadderSection.load(classpath.basedir());
        List<Ladder.Climb> climbs = Ladder.submitAll(workers, engine, classpath.basedir(), manifest, sections, out.resolve("ladder"));
        List<String> offenders = new ArrayList<>(Ladder.unknownKatas(sections.keySet(), manifest.slugs()));
        Duration ladderTime = collect(pending, climbs, offenders);
        workers.shutdown();
        System.out.printf("  -Pcheck took %d s; the ladder's %d rungs, %d s of the engine's time%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), climbs.stream().mapToInt(climb -> climb.rungs().size()).sum(),
                ladderTime.toSeconds());
        if (!offenders.isEmpty()) {
            throw new IllegalStateException("-Pcheck failed: " + offenders.size() + " offender(s)\n  " + String.join("\n  ", offenders));
        }
        System.out.println("-Pcheck: every spec fails on the pristine katas/ and passes on solutions/; each task goes green with only"
                + " the tasks before it solved; rules and API parity hold.");
    }

    /** Waits for each kata's check and climb, in manifest order; prints one line a kata, adds the offenders; returns the ladder's time. */
    private static Duration collect(List<Future<KataCheck>> pending, List<Ladder.Climb> climbs, List<String> offenders)
            throws InterruptedException, ExecutionException {
        Duration ladderTime = Duration.ZERO;
        for (int i = 0; i < pending.size(); i++) {
            KataCheck kata = pending.get(i).get();
            Ladder.Climb climb = climbs.get(i);
            List<String> ladder = climb.offenders();
            ladderTime = ladderTime.plus(climb.took());
            System.out.printf("  %-12s %3d specs: %s; ladder of %d rungs: %s%n", kata.slug(), kata.onSolution().expected(),
                    kata.offenders().isEmpty() ? "fail on the stubs, pass on the solution ✓" : kata.offenders().size() + " offender(s)",
                    climb.rungs().size(), ladder.isEmpty() ? "✓" : ladder.size() + " offender(s)");
            offenders.addAll(kata.offenders());
            offenders.addAll(ladder);
        }
        return ladderTime;
    }

    static KataCheck check(KataRun engine, Path basedir, String slug, Path out) {
        Path stubWork = out.resolve("stubs").resolve(slug);
        Path solutionWork = out.resolve("solutions").resolve(slug);
        Verdict onStubs = engine.run(slug, basedir.resolve("katas").resolve(slug), stubWork, 0);
        Verdict onSolution = engine.run(slug, basedir.resolve("solutions").resolve(slug), solutionWork, 0);
        List<String> offenders = new ArrayList<>(offenders(onStubs, onSolution));
        if (onStubs.compileErrors().isEmpty() && onSolution.compileErrors().isEmpty()) {
            ClassFileImporter importer = new ClassFileImporter();
            ApiParity.differences(slug, importer.importPath(stubWork.resolve("classes")), importer.importPath(solutionWork.resolve("classes")))
                    .forEach(difference -> offenders.add(slug + ": API parity: " + difference));
        }
        return new KataCheck(slug, onStubs, onSolution, offenders);
    }

    static List<String> offenders(Verdict onStubs, Verdict onSolution) {
        String slug = onStubs.slug();
        List<String> offenders = new ArrayList<>();
        if (onSolution.expected() == 0) {
            offenders.add(slug + ": no spec at all");
        }
        if (onStubs.status() != KataStatus.FAILED) {
            offenders.add(slug + ": the stubs must compile, obey the rules and run, but: " + why(onStubs));
        }
        if (onSolution.status() != KataStatus.PASSED) {
            offenders.add(slug + ": the solution must pass, but: " + why(onSolution));
        }
        if (onStubs.status() == KataStatus.FAILED) {
            specsNotFailing(onStubs, offenders);
        }
        if (onSolution.status() == KataStatus.PASSED || onSolution.status() == KataStatus.FAILED) {
            specsNotPassing(onSolution, offenders);
        }
        return offenders;
    }

    private static String why(Verdict verdict) {
        List<String> lines = new ArrayList<>(List.of(verdict.status().json()));
        lines.addAll(verdict.compileErrors());
        verdict.violations().forEach(violation -> lines.add(violation.line()));
        if (!verdict.problem().isEmpty()) {
            lines.add(verdict.problem());
        }
        return String.join("\n      ", lines);
    }

    private static void specsNotFailing(Verdict onStubs, List<String> offenders) {
        String slug = onStubs.slug();
        for (SpecResult spec : onStubs.specs()) {
            if (spec.status() != SpecStatus.FAILED) {
                offenders.add(slug + ": " + (spec.passed() ? "passes" : "did not run") + " against the pristine stub: " + spec.path());
            }
        }
    }

    private static void specsNotPassing(Verdict onSolution, List<String> offenders) {
        String slug = onSolution.slug();
        for (SpecResult spec : onSolution.specs()) {
            if (!spec.passed()) {
                offenders.add(slug + ": fails against the solution: " + spec.path() + "\n      " + spec.message().replace("\n", "\n      "));
            }
        }
    }
}
