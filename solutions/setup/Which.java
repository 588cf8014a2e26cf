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
        if (command.contains("/")) { // "./run" or "/usr/bin/python3": PATH is not consulted
            return fs.isExecutableFile(command) ? Optional.of(command) : Optional.empty();
        }
        if (path.isEmpty()) { // PATH="" finds nothing, while PATH=":" searches the working directory
            return Optional.empty();
        }
        for (String directory : path.split(":", -1)) {
            String candidate = join(directory, command);
            // A missing file, a plain file without the x bit, a directory or a symlink loop: try the next one.
            if (fs.isExecutableFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code os.path.join(directory, name)}: an empty directory means the working directory. */
    private static String join(String directory, String name) {
        if (directory.isEmpty() || directory.endsWith("/")) {
            return directory + name;
        }
        return directory + "/" + name;
    }
}
