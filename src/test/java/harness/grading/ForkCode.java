package harness.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only part of a student's fork that grading takes: regular files {@code katas/<slug>/<Name>.java}
 * of the trusted katas, each declaring {@code package <slug>;}, read as git blobs of one commit. No
 * symbolic link, nothing under {@code target/}, no spec, build file or other package comes along, so
 * nothing the fork commits can replace the specs, the harness or a library on the class path.
 */
public final class ForkCode {
    /** A file of the fork that was not taken, and why, for the report. */
    public record Ignored(String path, String why) {
    }

    private static final Pattern KATA_FILE = Pattern.compile("katas/([a-z0-9_]+)/([A-Za-z_$][A-Za-z0-9_$]*)\\.java");
    private static final Pattern PACKAGE = Pattern.compile("\\A\\s*package\\s+([A-Za-z0-9_.]+)\\s*;");
    private static final Set<String> REGULAR_FILE_MODES = Set.of("100644", "100755");

    private final Git git;
    private final Set<String> slugs;

    /**
     * @param git   the grading tree's repository, which has fetched the fork's commit
     * @param slugs the katas of the trusted manifest (upstream's, never the fork's)
     */
    public ForkCode(Git git, Set<String> slugs) {
        this.git = git;
        this.slugs = slugs;
    }

    /**
     * Replaces {@code katas/<slug>/*.java} in {@code tree} by the fork's files at {@code commit}, for
     * every kata in which the fork has at least one file to take; returns what was left out.
     */
    public List<Ignored> copyInto(Path tree, String commit) {
        List<Ignored> ignored = new ArrayList<>();
        Map<String, Map<String, byte[]>> taken = new LinkedHashMap<>();
        for (Git.Entry entry : git.files(commit, "katas")) {
            String why = reject(entry);
            if (why == null) {
                byte[] content = git.blob(entry.object());
                why = wrongPackage(entry.path(), content);
                if (why == null) {
                    Matcher file = KATA_FILE.matcher(entry.path());
                    file.matches();
                    taken.computeIfAbsent(file.group(1), slug -> new LinkedHashMap<>()).put(file.group(2) + ".java", content);
                }
            }
            if (why != null && !why.isEmpty()) {
                ignored.add(new Ignored(entry.path(), why));
            }
        }
        taken.forEach((slug, files) -> replace(tree.resolve("katas").resolve(slug), files));
        return ignored;
    }

    /** Why an entry is not taken, "" for files that are not code at all (a lesson), or null to take it. */
    private String reject(Git.Entry entry) {
        Matcher file = KATA_FILE.matcher(entry.path());
        if (!file.matches()) {
            return entry.path().endsWith(".java") ? "not a katas/<slug>/<Name>.java file" : "";
        }
        if (!slugs.contains(file.group(1))) {
            return "no kata is called " + file.group(1);
        }
        if (!REGULAR_FILE_MODES.contains(entry.mode())) {
            return "not a regular file (git mode " + entry.mode() + ")";
        }
        return null;
    }

    private static String wrongPackage(String path, byte[] content) {
        String slug = path.split("/")[1];
        Matcher declared = PACKAGE.matcher(withoutComments(new String(content, StandardCharsets.UTF_8)));
        if (!declared.find()) {
            return "declares no package; it must be 'package " + slug + ";'";
        }
        return declared.group(1).equals(slug) ? null : "declares package " + declared.group(1) + ", not " + slug;
    }

    /** Comments before the package line are allowed (a licence, a note); they must not hide another package. */
    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ").replace("\uFEFF", "");
    }

    private static void replace(Path kata, Map<String, byte[]> files) {
        try {
            if (Files.isSymbolicLink(kata) || !Files.isDirectory(kata)) {
                throw new IllegalStateException(kata + " is not a directory of the grading tree");
            }
            try (var stubs = Files.list(kata)) {
                for (Path stub : stubs.filter(path -> path.getFileName().toString().endsWith(".java")).toList()) {
                    Files.delete(stub);
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(kata.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
