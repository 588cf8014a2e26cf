package harness;

import harness.grading.Git;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./mvnw -q -Preset -Dkata=<slug>}: puts {@code katas/<slug>/} back to its pristine stubs,
 * after asking, and keeps the learner's files in {@code .kata-backups/<slug>/<time>/}.
 *
 * <p>The stubs come from git history, since a learner may have committed their work: the newest
 * commit whose version of the kata has the most {@code TODO(task} markers, that is, before anyone
 * solved anything. {@code -Dfrom=<commit>} names another commit.
 */
public final class Reset {
    private static final String TODO = "TODO(task";

    private Reset() {
    }

    public static void main(String[] args) throws IOException {
        Manifest manifest = Manifest.load();
        String slug = args.length > 0 ? args[0] : "";
        if (manifest.kata(slug).isEmpty()) {
            System.out.println("Which kata? ./mvnw -q -Preset -Dkata=<slug>, with one of: " + String.join(", ", manifest.slugs()));
            System.exit(2);
        }
        Path basedir = Manifest.basedir();
        Git git = new Git(basedir);
        String kata = "katas/" + slug;
        String from = System.getProperty("from", "").isBlank() ? pristineCommit(git, kata) : git.resolve(System.getProperty("from"));
        Path backup = basedir.resolve(".kata-backups").resolve(slug)
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss")));
        System.out.printf("This puts %s/*.java back to the stubs of commit %s.%nYour files go to %s first.%n",
                kata, from.substring(0, 12), basedir.relativize(backup));
        if (!confirmed()) {
            System.out.println("Nothing changed.");
            return;
        }
        List<Git.Entry> stubs = git.files(from, kata).stream()
                .filter(entry -> entry.path().endsWith(".java") && entry.mode().startsWith("1006")).toList();
        Path directory = basedir.resolve(kata);
        Files.createDirectories(backup);
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Files.move(file, backup.resolve(file.getFileName()));
            }
        }
        for (Git.Entry stub : stubs) {
            Files.write(basedir.resolve(stub.path()), git.blob(stub.object()));
        }
        System.out.printf("%s is pristine again (%d files). Run it: ./mvnw test -Pkata=%s%n", kata, stubs.size(), slug);
    }

    /** The newest commit, of those that touched the kata, with as many TODO markers as any of them. */
    static String pristineCommit(Git git, String kata) {
        String best = null;
        int most = -1;
        for (String commit : git.commitsTouching(kata)) {
            int todos = git.count(commit, kata, TODO);
            if (todos > most) {
                best = commit;
                most = todos;
            }
        }
        return Optional.ofNullable(best).orElseThrow(() -> new IllegalStateException("git has no commit of " + kata));
    }

    private static boolean confirmed() throws IOException {
        if (Boolean.getBoolean("yes")) {
            return true;
        }
        System.out.print("Type yes to go on: ");
        System.out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }
}
