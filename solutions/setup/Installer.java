package setup;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code make altinstall} and {@code make install} put into {@code <prefix>/bin} after
 * {@code ./configure --prefix=<prefix>}. Both return the paths they created, in order.
 */
public final class Installer {
    private Installer() {
    }

    /**
     * {@code make altinstall}: only names that carry the version ({@code python3.11}, {@code python3.11-config},
     * {@code pip3.11}), so an existing {@code python3} keeps pointing where it did.
     */
    public static List<String> altinstall(FileSystem fs, String prefix, PythonVersion version) {
        String bin = binDirectory(prefix);
        String feature = version.major() + "." + version.minor();
        String python = bin + "/python" + feature;
        List<String> created = new ArrayList<>();
        write(fs, python, "Python " + version, created);
        write(fs, python + "-config", "#!/bin/sh", created);
        // ensurepip --altinstall writes only the versioned pip script; its shebang names the interpreter.
        write(fs, bin + "/pip" + feature, "#!" + python, created);
        return created;
    }

    /**
     * {@code make install}: everything altinstall does, then the unversioned names ({@code python3},
     * {@code python3-config}, {@code pip3}) that take over whatever they shadow on PATH. Never plain {@code python}.
     */
    public static List<String> install(FileSystem fs, String prefix, PythonVersion version) {
        List<String> created = new ArrayList<>(altinstall(fs, prefix, version));
        String bin = binDirectory(prefix);
        String feature = version.major() + "." + version.minor();
        String major = String.valueOf(version.major());
        // bininstall links relatively (cd $(BINDIR); ln -s python3.11 python3), replacing an older link.
        link(fs, "python" + feature, bin + "/python" + major, created);
        link(fs, "python" + feature + "-config", bin + "/python" + major + "-config", created);
        // ensurepip without --altinstall also writes pip3, as a script, not a link.
        write(fs, bin + "/pip" + major, "#!" + bin + "/python" + feature, created);
        return created;
    }

    private static String binDirectory(String prefix) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return trimmed + "/bin";
    }

    private static void write(FileSystem fs, String path, String content, List<String> created) {
        fs.writeFile(path, content, true);
        created.add(path);
    }

    private static void link(FileSystem fs, String target, String path, List<String> created) {
        fs.symlink(target, path);
        created.add(path);
    }
}
