package harness;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code katas/manifest.json}: every kata in teaching order, with its Chinese section title from
 * the notes, an English title, and the tasks with their hints. The single source of truth that the
 * consistency tests hold the folders, profiles and README index to.
 */
public record Manifest(List<Kata> katas) {

    public record Kata(String slug, String section, String title, List<Task> tasks) {
        public Optional<Task> task(int id) {
            return tasks.stream().filter(task -> task.id() == id).findFirst();
        }
    }

    public record Task(int id, String title, List<String> hints) {
    }

    public static final String FILE = "katas/manifest.json";

    public static Manifest load(Path basedir) {
        try (Reader reader = Files.newBufferedReader(basedir.resolve(FILE), StandardCharsets.UTF_8)) {
            Manifest manifest = new Gson().fromJson(reader, Manifest.class);
            if (manifest == null || manifest.katas() == null) {
                throw new IllegalStateException(FILE + " has no \"katas\" array");
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
