package harness;

import harness.lang.Language;
import harness.lang.Phrase;
import harness.render.OneScreen;
import harness.run.Classpath;
import harness.run.KataRun;
import harness.verdict.Verdict;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mvnw -q -Pwatch -Dkata=<slug> [-Dtask=N]}: runs the kata, then again on every save in
 * {@code katas/<slug>/}, printing the same screen as {@code -Pkata=<slug>}. Each run builds the
 * kata afresh and runs its specs in a new JVM, so a loop or a thread left behind by one run never
 * slows the next. A compile error is shown and the watch goes on.
 */
public final class Watch {
    private Watch() {
    }

    public static void main(String[] args) throws Exception {
        Manifest manifest = Manifest.load();
        String slug = args.length > 0 ? args[0] : "";
        int task = args.length > 1 ? KataCommand.parseTask(args[1]) : 0;
        if (manifest.kata(slug).isEmpty()) {
            System.out.println(Phrase.WHICH_KATA.in(Language.current(), "watch", String.join(", ", manifest.slugs())));
            System.exit(2);
        }
        Classpath classpath = Classpath.fromSystemProperties();
        Path sources = classpath.basedir().resolve("katas").resolve(slug);
        KataRun engine = new KataRun(classpath, KataCommand.BUDGET);
        System.out.print(Phrase.WATCHING.in(Language.current(), slug));
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            sources.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            while (true) {
                verdict(manifest, engine, slug, sources, classpath.basedir().resolve("target/watch").resolve(slug), task);
                awaitSave(watcher);
            }
        }
    }

    private static void verdict(Manifest manifest, KataRun engine, String slug, Path sources, Path work, int task) {
        long start = System.nanoTime();
        String stamp = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        try {
            Verdict verdict = engine.run(slug, sources, work, task);
            System.out.print(OneScreen.render(manifest, verdict, task, Language.current()));
        } catch (RuntimeException e) {
            // Whatever went wrong with this run, the watch goes on.
            System.out.print(Phrase.COULD_NOT_RUN.in(Language.current(), slug, e));
        }
        System.out.printf("[%s, %d ms]%n", stamp, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static void awaitSave(WatchService watcher) throws InterruptedException {
        var key = watcher.take();
        // Editors save in bursts (temp file, rename, touch): let the burst settle.
        for (var more = watcher.poll(150, TimeUnit.MILLISECONDS); more != null; more = watcher.poll(150, TimeUnit.MILLISECONDS)) {
            more.pollEvents();
            more.reset();
        }
        key.pollEvents();
        key.reset();
    }

}
