package harness;

import com.google.gson.Gson;
import harness.lang.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code katas/manifest.json}: every kata in teaching order, with its Chinese section title from
 * the notes, an English title, and its tasks (id and title). The single source of truth that the
 * consistency tests hold the folders, profiles and README index to.
 *
 * <p>A task's hints are not in the manifest: the lesson is their only source. {@link #load(Path)}
 * reads them from the {@code <details><summary>Hints</summary>} block under the task's
 * {@code <a id="task-N"></a>} anchor in {@code katas/<slug>/README.md}, one hint per bullet, in
 * the order the lesson gives them (gentle first). Loaded in another {@link Language}, the tasks'
 * titles and hints come from that language's lesson ({@code README.zh.md}), or from the English one
 * while a kata has no translation.
 */
public record Manifest(List<Kata> katas) {

    public record Kata(String slug, String section, String title, List<Task> tasks) {
        public Optional<Task> task(int id) {
            return tasks.stream().filter(task -> task.id() == id).findFirst();
        }
    }

    /** A task: its id and title from the manifest, its hints from the lesson. */
    public record Task(int id, String title, List<String> hints) {
    }

    /** What the lesson says about one task: the title of its {@code ### Task N: <title>} heading and its hint bullets. */
    public record LessonTask(int id, String heading, List<String> hints) {
    }

    public static final String FILE = "katas/manifest.json";

    private static final Pattern ANCHOR = Pattern.compile("<a id=\"task-(\\d+)\"></a>");
    private static final Pattern SECTION_END = Pattern.compile("<a id=\"task-\\d+\"></a>|^## ", Pattern.MULTILINE);

    public static Manifest load(Path basedir) {
        return load(basedir, Language.EN);
    }

    public static Manifest load(Path basedir, Language language) {
        Manifest manifest;
        try (Reader reader = Files.newBufferedReader(basedir.resolve(FILE), StandardCharsets.UTF_8)) {
            manifest = new Gson().fromJson(reader, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (manifest == null || manifest.katas() == null) {
            throw new IllegalStateException(FILE + " has no \"katas\" array");
        }
        return new Manifest(manifest.katas().stream().map(kata -> withLesson(basedir, kata, language)).toList());
    }

    /** The project directory: Surefire passes it in; from an IDE the working directory is used. */
    public static Path basedir() {
        return Path.of(System.getProperty("kata.basedir", ".")).toAbsolutePath().normalize();
    }

    /** The manifest in the learner's language ({@link Language#current()}). */
    public static Manifest load() {
        return load(basedir(), Language.current());
    }

    public List<String> slugs() {
        return katas.stream().map(Kata::slug).toList();
    }

    public Optional<Kata> kata(String slug) {
        return katas.stream().filter(kata -> kata.slug().equals(slug)).findFirst();
    }

    /** The lesson of a kata: {@code katas/<slug>/README.md}. */
    public static Path lesson(Path basedir, String slug) {
        return lesson(basedir, slug, Language.EN);
    }

    /** The lesson of a kata in a language: {@code katas/<slug>/README.md}, {@code README.zh.md}. */
    public static Path lesson(Path basedir, String slug, Language language) {
        return basedir.resolve("katas").resolve(slug).resolve(language.lessonFile());
    }

    /** Where a learner reads about a task, relative to the project: {@code katas/<slug>/README.zh.md#task-2}. */
    public static String taskLink(String slug, int task, Language language) {
        return "katas/" + slug + "/" + language.lessonFile() + "#task-" + Math.max(1, task);
    }

    /**
     * The tasks of a lesson by id. A task's section runs from its anchor to the next anchor or
     * {@code ## } heading; a hint is a {@code - } (or {@code * }) bullet of its Hints block, with the lines that
     * continue it (indented) joined by single spaces (none where a Chinese line was wrapped).
     */
    public static Map<Integer, LessonTask> lessonTasks(String lesson) {
        return lessonTasks(lesson, Language.EN);
    }

    /** {@link #lessonTasks(String)} of a lesson in a language: its task headings and hints blocks are in that language. */
    public static Map<Integer, LessonTask> lessonTasks(String lesson, Language language) {
        Pattern hintsBlock = Pattern.compile(Pattern.quote(language.hintsOpening()) + "(.*?)</details>", Pattern.DOTALL);
        Map<Integer, LessonTask> tasks = new LinkedHashMap<>();
        Matcher anchor = ANCHOR.matcher(lesson);
        while (anchor.find()) {
            Matcher end = SECTION_END.matcher(lesson);
            String section = lesson.substring(anchor.end(), end.find(anchor.end()) ? end.start() : lesson.length());
            int id = Integer.parseInt(anchor.group(1));
            Matcher heading = language.taskHeading().matcher(section);
            String title = heading.find() && heading.group(1).equals(anchor.group(1)) ? heading.group(2) : null;
            Matcher hints = hintsBlock.matcher(section);
            tasks.put(id, new LessonTask(id, title, hints.find() ? bullets(hints.group(1)) : List.of()));
        }
        return tasks;
    }

    private static List<String> bullets(String block) {
        List<StringBuilder> bullets = new ArrayList<>();
        boolean inBullet = false;
        for (String line : block.split("\\R")) {
            if (line.startsWith("- ") || line.startsWith("* ")) {
                bullets.add(new StringBuilder(line.substring(2).strip()));
                inBullet = true;
            } else if (inBullet && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                StringBuilder bullet = bullets.get(bullets.size() - 1);
                String more = line.strip();
                bullet.append(wordGap(bullet.charAt(bullet.length() - 1), more.charAt(0)) ? " " : "").append(more);
            } else {
                inBullet = false;
            }
        }
        return bullets.stream().map(StringBuilder::toString).toList();
    }

    /**
     * Whether a line break between two characters stands for a space. Chinese is wrapped anywhere: a
     * break between two ideographs, or next to full-width punctuation, is no gap; one between Chinese
     * and Latin text or code is the space Chinese technical writing puts there.
     */
    private static boolean wordGap(char before, char after) {
        return !(isPunctuation(before) || isPunctuation(after) || isIdeograph(before) && isIdeograph(after));
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
    }

    private static boolean isPunctuation(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static Kata withLesson(Path basedir, Kata kata, Language language) {
        Path file = lesson(basedir, kata.slug(), language);
        if (!Files.exists(file)) {
            file = lesson(basedir, kata.slug(), Language.EN);
            language = Language.EN;
        }
        Map<Integer, LessonTask> lesson = Map.of();
        if (Files.exists(file)) {
            try {
                lesson = lessonTasks(Files.readString(file, StandardCharsets.UTF_8), language);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<Integer, LessonTask> byId = lesson;
        boolean translatedTitles = language != Language.EN;
        List<Task> tasks = kata.tasks().stream()
                .map(task -> {
                    LessonTask told = byId.get(task.id());
                    String title = translatedTitles && told != null && told.heading() != null ? told.heading() : task.title();
                    return new Task(task.id(), title, told == null ? List.of() : told.hints());
                })
                .toList();
        return new Kata(kata.slug(), kata.section(), kata.title(), tasks);
    }
}
