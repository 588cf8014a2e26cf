package harness.run;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac, in this JVM, on one directory of sources. Its errors come back one per entry, with the
 * file relative to the repository, so that every front end can show them as they are.
 */
public final class Javac {
    /**
     * The given code that names a kata's classes, in {@code <root>/<slug>/}: it cannot be compiled
     * before them (as {@code src/main/java} is), so every build of the kata compiles it alongside.
     */
    public static final String GIVEN_WITH_KATA = "src/main/given-with-kata";

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private final Path basedir;

    public Javac(Path basedir) {
        this.basedir = basedir;
    }

    /**
     * Compiles every {@code .java} under {@code sources} into a fresh {@code output}.
     *
     * @return the errors, each as "{@code katas/setup/PythonVersion.java:12: ';' expected}"; empty on success
     */
    public List<String> compile(Path sources, List<Path> classpath, Path output) {
        return compile(sources, javaFiles(sources), classpath, output);
    }

    /**
     * Compiles one build of a kata: {@code sources} (the learner's {@code katas/<slug>/}, the stubs, a
     * solution or a rung of the ladder) together with the kata's {@link #GIVEN_WITH_KATA given code}.
     */
    public List<String> compileKata(String slug, Path sources, List<Path> classpath, Path output) {
        List<File> files = new ArrayList<>(javaFiles(sources));
        files.addAll(javaFiles(givenWithKata(slug)));
        return compile(sources, files, classpath, output);
    }

    /** Where the given code lives that is compiled together with kata {@code slug}. */
    public Path givenWithKata(String slug) {
        return basedir.resolve(GIVEN_WITH_KATA).resolve(slug);
    }

    /** Compiles just {@code files}, which lie under {@code sources} (or are given code beside them). */
    public List<String> compile(Path sources, List<File> files, List<Path> classpath, Path output) {
        Tree.recreate(output);
        if (files.isEmpty()) {
            return List.of();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-implicit:none",
                    "-d", output.toString(), "-classpath", join(classpath));
            boolean ok = COMPILER.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(describe(diagnostic));
                }
            }
            if (!ok && errors.isEmpty()) {
                errors.add(basedir.relativize(sources) + ": javac failed without saying why");
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? "" : relative(Path.of(diagnostic.getSource().toUri())) + ":"
                + diagnostic.getLineNumber() + ": ";
        return where + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(basedir) ? basedir.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    static List<File> javaFiles(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(sources)) {
            return paths.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).sorted().map(Path::toFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String join(List<Path> classpath) {
        return String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }
}
