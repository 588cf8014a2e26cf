package setup;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
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
