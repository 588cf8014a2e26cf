package harness;

import harness.lang.Language;
import harness.lang.Phrase;
import harness.render.OneScreen;
import harness.run.Classpath;
import harness.run.KataRun;
import harness.verdict.KataStatus;
import harness.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./mvnw test -Pkata=<slug> [-Dtask=N]}: runs one kata against the learner's code and ends
 * with one screen. Exits with 0 when every spec that ran passed, 1 otherwise: the screen is the
 * last thing printed, with no Maven error block after it.
 */
public final class KataCommand {
    /** A backstop for hangs the specs' own timeouts cannot catch; a healthy kata needs a fraction of it. */
    static final Duration BUDGET = Duration.ofMinutes(5);
    /** The pom's value of {@code kata} when no -Pkata=<slug> chose one. */
    private static final String NO_KATA = "none";

    private KataCommand() {
    }

    public static void main(String[] args) {
        Manifest manifest = Manifest.load();
        String slug = args.length > 0 ? args[0] : "";
        int task = args.length > 1 ? parseTask(args[1]) : 0;
        if (slug.equals(NO_KATA)) {
            // A student template has no solutions for the default build to run: say where to start instead.
            System.out.println(Phrase.PICK_A_KATA.in(Language.current(), manifest.slugs().get(0), String.join(", ", manifest.slugs())));
            return;
        }
        if (manifest.kata(slug).isEmpty()) {
            System.out.println(Phrase.UNKNOWN_KATA.in(Language.current(), slug, String.join(", ", manifest.slugs())));
            System.exit(2);
        }
        Classpath classpath = Classpath.fromSystemProperties();
        Path basedir = classpath.basedir();
        Verdict verdict = new KataRun(classpath, BUDGET)
                .run(slug, basedir.resolve("katas").resolve(slug), basedir.resolve("target/kata").resolve(slug), task);
        System.out.println(OneScreen.render(manifest, verdict, task, Language.current()));
        System.out.flush();
        // Ends Maven too, on purpose: nothing should print after the screen.
        System.exit(verdict.status() == KataStatus.PASSED ? 0 : 1);
    }

    static int parseTask(String argument) {
        String value = argument.strip();
        if (value.isEmpty() || value.equals("0") || value.startsWith("${")) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            System.out.println(Phrase.TASK_NUMBER.in(Language.current(), value));
            System.exit(2);
            return 0;
        }
    }
}
