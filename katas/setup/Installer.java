package setup;

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
        throw new UnsupportedOperationException("TODO(task 5): install only the versioned names - see katas/setup/README.md#task-5");
    }

    /**
     * {@code make install}: everything altinstall does, then the unversioned names ({@code python3},
     * {@code python3-config}, {@code pip3}) that take over whatever they shadow on PATH. Never plain {@code python}.
     */
    public static List<String> install(FileSystem fs, String prefix, PythonVersion version) {
        throw new UnsupportedOperationException("TODO(task 5): install the versioned and the unversioned names - see katas/setup/README.md#task-5");
    }
}
