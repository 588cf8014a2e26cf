package harness.grading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The few git plumbing commands grading needs, read from objects, never from a checkout. */
public final class Git {
    /** One entry of {@code git ls-tree -r}: a file's mode, object type, object id and path. */
    public record Entry(String mode, String type, String object, String path) {
    }

    private final Path repository;

    public Git(Path repository) {
        this.repository = repository;
    }

    /** Every file under {@code directory} at {@code commit}, links and submodules included, so that the caller sees them. */
    public List<Entry> files(String commit, String directory) {
        String listing = new String(run("ls-tree", "-r", "-z", "--full-tree", commit, "--", directory), StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        for (String line : listing.split("\0")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String[] fields = line.substring(0, tab).split(" ");
            entries.add(new Entry(fields[0], fields[1], fields[2], line.substring(tab + 1)));
        }
        return entries;
    }

    public byte[] blob(String object) {
        return run("cat-file", "blob", object);
    }

    /** The commits that changed {@code path}, newest first. */
    public List<String> commitsTouching(String path) {
        String log = new String(run("log", "--format=%H", "--", path), StandardCharsets.UTF_8);
        return log.lines().filter(line -> !line.isBlank()).toList();
    }

    /** How often {@code text} occurs in the files under {@code path} at {@code commit}. */
    public int count(String commit, String path, String text) {
        String counts = new String(run(List.of(0, 1), "grep", "-c", "-F", text, commit, "--", path), StandardCharsets.UTF_8);
        return counts.lines().mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(':') + 1))).sum();
    }

    public String resolve(String revision) {
        return new String(run("rev-parse", "--verify", revision + "^{commit}"), StandardCharsets.UTF_8).strip();
    }

    private byte[] run(String... arguments) {
        return run(List.of(0), arguments);
    }

    /** Runs git; an exit code outside {@code fine} is a failure (git grep exits 1 when nothing matches). */
    private byte[] run(List<Integer> fine, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(git.getErrorStream()));
            byte[] out = readAll(git.getInputStream());
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", arguments) + " did not finish");
            }
            if (!fine.contains(git.exitValue())) {
                throw new IllegalStateException("git " + String.join(" ", arguments) + " failed: "
                        + new String(errors.join(), StandardCharsets.UTF_8).strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git", e);
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
