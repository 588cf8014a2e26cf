package setup;

/**
 * A tiny in-memory Unix file system: directories, files with an executable bit, and symbolic links
 * whose targets may be absolute or relative. Relative paths start at the root, the working directory.
 */
public final class FileSystem {

    /** An empty file system: just the root directory {@code /}. */
    public FileSystem() {
        throw new UnsupportedOperationException("TODO(task 3): start with an empty root directory - see katas/setup/README.md#task-3");
    }

    /** Like {@code mkdir -p}: creates the directory and any missing parents, following symlinks on the way. */
    public void mkdirs(String path) {
        throw new UnsupportedOperationException("TODO(task 3): create a directory and its parents - see katas/setup/README.md#task-3");
    }

    /** Writes a regular file, creating its parent directories; whatever file or link was there is replaced. */
    public void writeFile(String path, String content, boolean executable) {
        throw new UnsupportedOperationException("TODO(task 3): create or replace a file - see katas/setup/README.md#task-3");
    }

    /** Like {@code ln -sf target linkPath} ({@code os.symlink(target, linkPath)}); the target need not exist. */
    public void symlink(String target, String linkPath) {
        throw new UnsupportedOperationException("TODO(task 3): create or replace a symbolic link - see katas/setup/README.md#task-3");
    }

    /** The canonical absolute path, every symlink followed; fails the way {@code os.stat(path)} does. */
    public String realpath(String path) {
        throw new UnsupportedOperationException("TODO(task 3): resolve a path through its symlinks - see katas/setup/README.md#task-3");
    }

    /** The content of the file at {@code path}, following symlinks; fails the way {@code open(path)} does. */
    public String read(String path) {
        throw new UnsupportedOperationException("TODO(task 3): read a file through its symlinks - see katas/setup/README.md#task-3");
    }

    /** What {@code which} asks of a candidate: it exists, after symlinks it is a regular file, and it is executable. */
    public boolean isExecutableFile(String path) {
        throw new UnsupportedOperationException("TODO(task 3): tell whether a path is an executable file - see katas/setup/README.md#task-3");
    }
}
