package harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading the repository's folders and Java sources, for the tests that hold them to the manifest. */
final class SourceTree {
    /** Comments, string and char literals: what a word in them names is not code. */
    private static final Pattern NOT_CODE = Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\n]*|\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])*'");

    private SourceTree() {
    }

    /** A Java source without its comments and literals. */
    static String code(Path source) throws IOException {
        return NOT_CODE.matcher(Files.readString(source, StandardCharsets.UTF_8)).replaceAll(" ");
    }

    static boolean namesType(String code, String simpleName) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(simpleName) + "(?![\\w$])").matcher(code).find();
    }

    static String simpleName(Path javaFile) {
        String name = javaFile.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    /** The simple names of the Java files below a folder; none when it does not exist. */
    static Set<String> classNames(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            javaFiles(folder).forEach(file -> names.add(simpleName(file)));
        }
        return names;
    }

    static Set<String> subfolders(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return new TreeSet<>();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static List<Path> javaFiles(Path directory) throws IOException {
        return javaFiles(directory, ".java");
    }

    static List<Path> javaFiles(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
