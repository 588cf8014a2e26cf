package harness;

import harness.lang.Language;
import harness.lang.Phrase;
import harness.run.Classpath;
import harness.run.KataRun;
import harness.verdict.SpecResult;
import harness.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code ./mvnw -q -Phint -Dkata=<slug>}: runs the kata as {@code -Pkata=<slug>} does and reveals
 * the next hint for the task of the first failing spec, one hint per call. The hints are the bullets
 * of the task's Hints block in the lesson ({@link Manifest#lessonTasks}), from gentle to specific.
 * What has been revealed is remembered in {@code target/kata-report/hints.properties}. With
 * {@code -Dlang=zh} the hints are the Chinese lesson's, whose bullets translate the English ones one for one.
 */
public final class Hints {
    private Hints() {
    }

    public static void main(String[] args) throws IOException {
        Manifest manifest = Manifest.load();
        String slug = args.length > 0 ? args[0] : "";
        Optional<Manifest.Kata> kata = manifest.kata(slug);
        if (kata.isEmpty()) {
            System.out.println(Phrase.WHICH_KATA.in(Language.current(), "hint", String.join(", ", manifest.slugs())));
            System.exit(2);
        }
        Classpath classpath = Classpath.fromSystemProperties();
        Verdict verdict = new KataRun(classpath, KataCommand.BUDGET)
                .run(slug, classpath.basedir().resolve("katas").resolve(slug), classpath.basedir().resolve("target/kata").resolve(slug), 0);
        Path memory = classpath.basedir().resolve("target/kata-report/hints.properties");
        System.out.println(next(manifest, kata.get(), verdict, memory, Language.current()));
        System.exit(0);
    }

    static String next(Manifest manifest, Manifest.Kata kata, Verdict verdict, Path memory) throws IOException {
        return next(manifest, kata, verdict, memory, Language.EN);
    }

    static String next(Manifest manifest, Manifest.Kata kata, Verdict verdict, Path memory, Language language) throws IOException {
        Optional<SpecResult> failure = verdict.firstFailure();
        if (!verdict.compileErrors().isEmpty()) {
            return Phrase.HINT_NOT_COMPILING.in(language, kata.slug(), verdict.compileErrors().get(0));
        }
        if (failure.isEmpty()) {
            int index = manifest.slugs().indexOf(kata.slug());
            String next = index + 1 < manifest.slugs().size() ? manifest.slugs().get(index + 1) : null;
            return Phrase.HINT_ALL_PASS.in(language, kata.slug(), verdict.expected())
                    + (next == null ? Phrase.HINT_LAST_KATA.in(language) : Phrase.HINT_NEXT_KATA.in(language, next));
        }
        Manifest.Task task = kata.task(failure.get().task()).orElse(kata.tasks().get(0));
        String lesson = Manifest.taskLink(kata.slug(), task.id(), language);
        if (task.hints().isEmpty()) {
            return Phrase.HINT_NONE.in(language, kata.slug(), task.id(), lesson);
        }
        Properties revealed = load(memory);
        String key = kata.slug() + ".task-" + task.id();
        int shown = Integer.parseInt(revealed.getProperty(key, "0"));
        List<String> hints = task.hints();
        int index = Math.min(shown, hints.size() - 1);
        revealed.setProperty(key, String.valueOf(shown + 1));
        store(revealed, memory);
        StringBuilder out = new StringBuilder();
        out.append(Phrase.HINT_STATUS.in(language, kata.slug(), verdict.passed(), verdict.expected(), task.id(), task.title()));
        out.append(Phrase.HINT_FAILING.in(language, failure.get().path(), failure.get().message().replace("\n", "\n           ")));
        out.append(Phrase.HINT_NUMBERED.in(language, index + 1, hints.size(), hints.get(index)));
        out.append(shown + 1 < hints.size() ? Phrase.HINT_AGAIN.in(language) : Phrase.HINT_LAST.in(language));
        out.append(Phrase.HINT_LESSON.in(language, lesson));
        return out.toString();
    }

    private static Properties load(Path memory) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(memory)) {
            try (var reader = Files.newBufferedReader(memory, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static void store(Properties properties, Path memory) throws IOException {
        Files.createDirectories(memory.getParent());
        try (var writer = Files.newBufferedWriter(memory, StandardCharsets.UTF_8)) {
            properties.store(writer, "hints revealed so far, per kata and task");
        }
    }
}
