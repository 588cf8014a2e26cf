package harness;

import com.google.gson.Gson;
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
 * the order the lesson gives them (gentle first).
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
    private static final Pattern HEADING = Pattern.compile("^### Task (\\d+): (.+?)\\s*$", Pattern.MULTILINE);
    private static final Pattern HINTS = Pattern.compile("<details><summary>Hints</summary>(.*?)</details>", Pattern.DOTALL);

    public static Manifest load(Path basedir) {
        Manifest manifest;
        try (Reader reader = Files.newBufferedReader(basedir.resolve(FILE), StandardCharsets.UTF_8)) {
            manifest = new Gson().fromJson(reader, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (manifest == null || manifest.katas() == null) {
            throw new IllegalStateException(FILE + " has no \"katas\" array");
        }
        return new Manifest(manifest.katas().stream().map(kata -> withLessonHints(basedir, kata)).toList());
    }

    /** The project directory: Surefire passes it in; from an IDE the working directory is used. */
    public static Path basedir() {
        return Path.of(System.getProperty("kata.basedir", ".")).toAbsolutePath().normalize();
    }

    public static Manifest load() {
        return load(basedir());
    }

    public List<String> slugs() {
        return katas.stream().map(Kata::slug).toList();
    }

    public Optional<Kata> kata(String slug) {
        return katas.stream().filter(kata -> kata.slug().equals(slug)).findFirst();
    }

    /** The lesson of a kata: {@code katas/<slug>/README.md}. */
    public static Path lesson(Path basedir, String slug) {
        return basedir.resolve("katas").resolve(slug).resolve("README.md");
    }

    /**
     * The tasks of a lesson by id. A task's section runs from its anchor to the next anchor or
     * {@code ## } heading; a hint is a {@code - } (or {@code * }) bullet of its Hints block, with the lines that
     * continue it (indented) joined by single spaces.
     */
    public static Map<Integer, LessonTask> lessonTasks(String lesson) {
        Map<Integer, LessonTask> tasks = new LinkedHashMap<>();
        Matcher anchor = ANCHOR.matcher(lesson);
        while (anchor.find()) {
            Matcher end = SECTION_END.matcher(lesson);
            String section = lesson.substring(anchor.end(), end.find(anchor.end()) ? end.start() : lesson.length());
            int id = Integer.parseInt(anchor.group(1));
            Matcher heading = HEADING.matcher(section);
            String title = heading.find() && heading.group(1).equals(anchor.group(1)) ? heading.group(2) : null;
            Matcher hints = HINTS.matcher(section);
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
                bullets.get(bullets.size() - 1).append(' ').append(line.strip());
            } else {
                inBullet = false;
            }
        }
        return bullets.stream().map(StringBuilder::toString).toList();
    }

    private static Kata withLessonHints(Path basedir, Kata kata) {
        Map<Integer, LessonTask> lesson = Map.of();
        Path file = lesson(basedir, kata.slug());
        if (Files.exists(file)) {
            try {
                lesson = lessonTasks(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<Integer, LessonTask> byId = lesson;
        List<Task> tasks = kata.tasks().stream()
                .map(task -> new Task(task.id(), task.title(),
                        byId.containsKey(task.id()) ? byId.get(task.id()).hints() : List.of()))
                .toList();
        return new Kata(kata.slug(), kata.section(), kata.title(), tasks);
    }
}
