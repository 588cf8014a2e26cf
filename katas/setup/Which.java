package setup;

import java.util.Optional;

/** {@code shutil.which(command, path=...)}: the first directory on PATH that holds an executable of that name. */
public final class Which {
    private Which() {
    }

    /**
     * Searches the colon-separated {@code path} left to right and returns {@code dir/command} for the
     * first hit, exactly as joined (not resolved). A command with a slash in it is checked as it is.
     */
    public static Optional<String> which(FileSystem fs, String command, String path) {
        throw new UnsupportedOperationException("TODO(task 4): find a command on PATH - see katas/setup/README.md#task-4");
    }
}
