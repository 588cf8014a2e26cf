package setup;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Test helpers for the setup specs: replaying golden trees, and random trees described as shell scripts. */
final class Trees {
    private Trees() {
    }

    static final List<String> DIRS = List.of("/usr/bin", "/usr/local/bin", "/opt/py/bin", "/bin", "/home/me/bin");
    static final List<String> NAMES = List.of("python3", "python3.11", "pip3", "py", "tool");

    /** Rebuilds a tree recorded by setup_golden.py: directories, then files, then links. */
    static FileSystem replay(JsonObject tree) {
        FileSystem fs = new FileSystem();
        for (JsonElement dir : tree.getAsJsonArray("dirs")) {
            fs.mkdirs(dir.getAsString());
        }
        for (JsonElement element : tree.getAsJsonArray("files")) {
            JsonObject file = element.getAsJsonObject();
            fs.writeFile(file.get("file").getAsString(), "", file.get("executable").getAsBoolean());
        }
        for (JsonElement element : tree.getAsJsonArray("links")) {
            JsonObject link = element.getAsJsonObject();
            fs.symlink(link.get("target").getAsString(), link.get("link").getAsString());
        }
        return fs;
    }

    /**
     * The lines of a golden tree's shell script that a lookup of {@code paths} can meet: the files and
     * {@code ln -s} lines on those paths, then on where their links lead, and so on (seven lines at most).
     */
    static String relevantLines(JsonObject tree, Collection<String> paths) {
        Set<String> reached = new LinkedHashSet<>();
        paths.forEach(path -> reached.add(normalized(path)));
        Set<String> lines = new LinkedHashSet<>();
        for (int round = 0; round < 64; round++) {
            int before = reached.size();
            for (JsonElement element : tree.getAsJsonArray("links")) {
                followLink(element.getAsJsonObject(), reached, lines);
            }
            if (reached.size() == before) {
                break;
            }
        }
        for (JsonElement element : tree.getAsJsonArray("files")) {
            JsonObject file = element.getAsJsonObject();
            String path = file.get("file").getAsString();
            if (reached.stream().anyMatch(p -> on(path, p))) {
                lines.add(new Write(path, file.get("executable").getAsBoolean()).toString());
            }
        }
        return lines.isEmpty() ? "(no file or link on the way)" : String.join("; ", shortened(List.copyOf(lines)));
    }

    /** A long chain of links keeps its first and last lines, where the lookup starts and where it ends up. */
    private static List<String> shortened(List<String> lines) {
        if (lines.size() <= 7) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, 3));
        kept.add("... (" + (lines.size() - 6) + " lines more)");
        kept.addAll(lines.subList(lines.size() - 3, lines.size()));
        return kept;
    }

    private static void followLink(JsonObject link, Set<String> reached, Set<String> lines) {
        String path = link.get("link").getAsString();
        String target = link.get("target").getAsString();
        for (String p : List.copyOf(reached)) {
            if (on(path, p)) {
                lines.add("ln -s " + target + " " + path);
                String base = target.startsWith("/") ? target : path.substring(0, path.lastIndexOf('/') + 1) + target;
                reached.add(normalized(base + p.substring(path.length())));
            }
        }
    }

    /** Whether {@code place} is {@code path} or a directory above it. */
    private static boolean on(String place, String path) {
        return path.equals(place) || path.startsWith(place + "/");
    }

    /** The path without "." and "..", read lexically (enough to find the lines; the kernel's answer is in the fixture). */
    private static String normalized(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** One step of building a random tree; toString reads like the shell command. */
    sealed interface Step permits Write, Link {
        void apply(FileSystem fs);
    }

    record Write(String path, boolean executable) implements Step {
        public void apply(FileSystem fs) {
            fs.writeFile(path, "", executable);
        }

        @Override
        public String toString() {
            return "touch " + path + (executable ? " && chmod +x " + path : "");
        }
    }

    record Link(String target, String path) implements Step {
        public void apply(FileSystem fs) {
            fs.symlink(target, path);
        }

        @Override
        public String toString() {
            return "ln -sf " + target + " " + path;
        }
    }

    /** A random tree plus a PATH; shrinks by dropping steps. */
    record Scenario(List<Step> steps, List<String> path) {
        FileSystem build() {
            FileSystem fs = new FileSystem();
            for (String dir : DIRS) {
                fs.mkdirs(dir);
            }
            steps.forEach(step -> step.apply(fs));
            return fs;
        }

        String pathVariable() {
            return String.join(":", path);
        }

        @Override
        public String toString() {
            return "mkdir -p " + String.join(" ", DIRS) + "\n"
                    + steps.stream().map(Step::toString).collect(Collectors.joining("\n"))
                    + "\nPATH=" + pathVariable();
        }
    }

    static Gen<Step> steps() {
        Gen<String> dir = SourceDSL.integers().between(0, DIRS.size() - 1).map(DIRS::get);
        Gen<String> name = SourceDSL.integers().between(0, NAMES.size() - 1).map(NAMES::get);
        Gen<String> path = dir.zip(name, (d, n) -> d + "/" + n);
        Gen<String> relativeTarget = name.zip(dir, SourceDSL.booleans().all(),
                (n, d, up) -> up ? ".." + d.substring(d.lastIndexOf('/')) + "/" + n : n);
        Gen<String> target = path.mix(relativeTarget);
        Gen<Step> write = path.zip(SourceDSL.integers().between(0, 3), (p, x) -> new Write(p, x > 0));
        Gen<Step> link = target.zip(path, Link::new);
        return write.mix(link);
    }

    static Gen<Scenario> scenarios() {
        Gen<String> dir = SourceDSL.integers().between(0, DIRS.size() - 1).map(DIRS::get);
        return SourceDSL.lists().of(steps()).ofSizeBetween(0, 14)
                .zip(SourceDSL.lists().of(dir).ofSizeBetween(0, 4), (s, p) -> new Scenario(new ArrayList<>(s), p));
    }

    static Gen<String> names() {
        return SourceDSL.integers().between(0, NAMES.size() - 1).map(NAMES::get);
    }
}
