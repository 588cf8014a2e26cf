package harness.ladder;

import harness.Manifest;
import harness.run.KataRun;
import harness.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The ladder check: each task of a kata goes green on its own, with only the tasks before it solved.
 * For every N from 1 to T-1 (the stubs, N = 0, and the solution, N = T, are judged elsewhere) the
 * kata is built from the solution with the members of the tasks after N put back to their stubs,
 * and the engine runs all of its specs on it.
 */
public final class Ladder {
    /** One rung's offenders, and how long the engine took on it. */
    public record RungOutcome(List<String> offenders, Duration took) {
    }

    /**
     * One kata's climb, under way.
     *
     * @param problems what keeps the ladder from being built at all; then no rung is run
     */
    public record Climb(String slug, List<String> problems, List<Future<RungOutcome>> rungs) {
        public List<String> offenders() throws InterruptedException, ExecutionException {
            List<String> offenders = new ArrayList<>(problems);
            for (Future<RungOutcome> rung : rungs) {
                offenders.addAll(rung.get().offenders());
            }
            return offenders;
        }

        /** The engine's time on all rungs, one after the other: what the ladder adds to the gate. */
        public Duration took() throws InterruptedException, ExecutionException {
            Duration total = Duration.ZERO;
            for (Future<RungOutcome> rung : rungs) {
                total = total.plus(rung.get().took());
            }
            return total;
        }
    }

    private Ladder() {
    }

    /** {@link #submit} for every kata of the manifest, in its order. */
    public static List<Climb> submitAll(ExecutorService workers, KataRun engine, Path basedir, Manifest manifest,
                                        Map<String, LadderSection> sections, Path out) {
        List<Climb> climbs = new ArrayList<>();
        for (Manifest.Kata kata : manifest.katas()) {
            climbs.add(submit(workers, engine, basedir, kata.slug(), kata.tasks().size(),
                    sections.getOrDefault(kata.slug(), LadderSection.NONE), out));
        }
        return climbs;
    }

    /**
     * Pairs the kata's stubs with its solution now, and hands one job per rung to {@code workers}.
     *
     * @param tasks T, the kata's number of tasks
     * @param out   a directory of the ladder's own; each rung writes its sources and classes under it
     */
    public static Climb submit(ExecutorService workers, KataRun engine, Path basedir, String slug, int tasks,
                               LadderSection section, Path out) {
        KataPair pair = KataPair.of(slug, basedir.resolve("katas").resolve(slug), basedir.resolve("solutions").resolve(slug), section, tasks);
        if (!pair.problems().isEmpty()) {
            return new Climb(slug, pair.problems(), List.of());
        }
        List<Future<RungOutcome>> rungs = new ArrayList<>();
        for (int solved = 1; solved < tasks; solved++) {
            int rung = solved;
            rungs.add(workers.submit(() -> climb(engine, pair, slug, rung, out.resolve(slug).resolve("tasks-1-" + rung))));
        }
        return new Climb(slug, List.of(), rungs);
    }

    /** The manifest's "ladder" section may name only katas that exist. */
    public static List<String> unknownKatas(Collection<String> named, Collection<String> slugs) {
        return named.stream().filter(slug -> !slugs.contains(slug))
                .map(slug -> "katas/manifest.json: the \"ladder\" section names " + slug + ", which is no kata").toList();
    }

    private static RungOutcome climb(KataRun engine, KataPair pair, String slug, int solved, Path work) {
        long started = System.nanoTime();
        Path sources = work.resolve("sources");
        pair.write(solved, sources);
        Verdict verdict = engine.run(slug, sources, work.resolve("build"), 0);
        return new RungOutcome(RungJudge.offenders(verdict, solved), Duration.ofNanos(System.nanoTime() - started));
    }
}
