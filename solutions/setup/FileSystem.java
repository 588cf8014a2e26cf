package setup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import py.FileNotFoundError;
import py.OSError;
import py.Repr;

/**
 * A tiny in-memory Unix file system: directories, files with an executable bit, and symbolic links
 * whose targets may be absolute or relative. Relative paths start at the root, the working directory.
 */
public final class FileSystem {
    /** Linux's MAXSYMLINKS: one path lookup may follow at most this many links. */
    static final int MAX_SYMLINK_HOPS = 40;

    private sealed interface Node permits Directory, RegularFile, Symlink {
    }

    private record Directory(Map<String, Node> children) implements Node {
    }

    private record RegularFile(String content, boolean executable) implements Node {
    }

    private record Symlink(String target) implements Node {
    }

    /** Where a lookup ended: the node, and the directories from the root down to it. */
    private record Found(Node node, List<String> names) {
        String path() {
            return "/" + String.join("/", names);
        }
    }

    private final Directory root = new Directory(new TreeMap<>());

    /** An empty file system: just the root directory {@code /}. */
    public FileSystem() {
    }

    /** Like {@code mkdir -p}: creates the directory and any missing parents, following symlinks on the way. */
    public void mkdirs(String path) {
        String walked = "/";
        for (String name : components(path)) {
            Directory parent = (Directory) lookup(walked, path).node();
            walked = walked + "/" + name;
            if (!name.equals("..") && !parent.children().containsKey(name)) {
                parent.children().put(name, new Directory(new TreeMap<>()));
            } else if (!(lookup(walked, path).node() instanceof Directory)) {
                throw new NotADirectoryError(errno(20, "Not a directory", path));
            }
        }
    }

    /** Writes a regular file, creating its parent directories; whatever file or link was there is replaced. */
    public void writeFile(String path, String content, boolean executable) {
        place(path, new RegularFile(content, executable));
    }

    /** Like {@code ln -sf target linkPath} ({@code os.symlink(target, linkPath)}); the target need not exist. */
    public void symlink(String target, String linkPath) {
        if (target.isEmpty()) {
            throw new FileNotFoundError(errno(2, "No such file or directory", target));
        }
        place(linkPath, new Symlink(target));
    }

    /** The canonical absolute path, every symlink followed; fails the way {@code os.stat(path)} does. */
    public String realpath(String path) {
        return lookup(path, path).path();
    }

    /** The content of the file at {@code path}, following symlinks; fails the way {@code open(path)} does. */
    public String read(String path) {
        Node node = lookup(path, path).node();
        if (node instanceof RegularFile file) {
            return file.content();
        }
        throw new IsADirectoryError(errno(21, "Is a directory", path));
    }

    /** What {@code which} asks of a candidate: it exists, after symlinks it is a regular file, and it is executable. */
    public boolean isExecutableFile(String path) {
        try {
            return lookup(path, path).node() instanceof RegularFile file && file.executable();
        } catch (OSError missingOrLooping) {
            return false;
        }
    }

    private void place(String path, Node node) {
        List<String> names = components(path);
        if (names.isEmpty() || path.endsWith("/") || names.get(names.size() - 1).equals("..")) {
            throw new IsADirectoryError(errno(21, "Is a directory", path));
        }
        String name = names.remove(names.size() - 1);
        String parent = "/" + String.join("/", names);
        mkdirs(parent);
        Directory directory = (Directory) lookup(parent, path).node();
        if (directory.children().get(name) instanceof Directory) {
            throw new IsADirectoryError(errno(21, "Is a directory", path));
        }
        directory.children().put(name, node);
    }

    /**
     * Walks the path the way the kernel does: one component at a time, splicing a symlink's target
     * in front of the components still to walk, and giving up after {@value #MAX_SYMLINK_HOPS} links.
     */
    private Found lookup(String path, String reported) {
        if (path.isEmpty()) {
            throw new FileNotFoundError(errno(2, "No such file or directory", reported));
        }
        Deque<String> pending = new ArrayDeque<>(List.of(path.split("/", -1)));
        Deque<Directory> directories = new ArrayDeque<>(List.of(root));
        List<String> names = new ArrayList<>();
        int hops = 0;
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!names.isEmpty()) { // the parent of the root is the root
                    names.remove(names.size() - 1);
                    directories.removeLast();
                }
                continue;
            }
            Node child = directories.getLast().children().get(name);
            if (child == null) {
                throw new FileNotFoundError(errno(2, "No such file or directory", reported));
            }
            if (child instanceof Symlink link) {
                if (++hops > MAX_SYMLINK_HOPS) {
                    throw new OSError(errno(40, "Too many levels of symbolic links", reported));
                }
                spliceTarget(link.target(), pending, directories, names);
            } else if (child instanceof Directory directory) {
                directories.addLast(directory);
                names.add(name);
            } else if (!pending.isEmpty()) { // "file/x", and even "file/", needs file to be a directory
                throw new NotADirectoryError(errno(20, "Not a directory", reported));
            } else {
                names.add(name);
                return new Found(child, names);
            }
        }
        return new Found(directories.getLast(), names);
    }

    private void spliceTarget(String target, Deque<String> pending, Deque<Directory> directories, List<String> names) {
        String[] parts = target.split("/", -1);
        for (int i = parts.length - 1; i >= 0; i--) {
            pending.addFirst(parts[i]);
        }
        if (target.startsWith("/")) { // an absolute target restarts at the root; a relative one at the link's directory
            names.clear();
            directories.clear();
            directories.addLast(root);
        }
    }

    private static List<String> components(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String errno(int number, String reason, String path) {
        return "[Errno " + number + "] " + reason + ": " + Repr.of(path);
    }
}
