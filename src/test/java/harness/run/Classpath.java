package harness.run;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the build put what the engine needs. Maven passes the directories in as system properties
 * (see the pom); the libraries are the jars this JVM was started with.
 *
 * @param basedir     the repository
 * @param given       the given code, compiled: {@code py} and each kata's given files (those in src/main/java)
 * @param testClasses the shared test support and the harness (not the specs: they are built per kata)
 * @param libraries   the test libraries: JUnit, AssertJ, QuickTheories, Gson, ...
 */
public record Classpath(Path basedir, Path given, Path testClasses, List<Path> libraries) {

    public static Classpath fromSystemProperties() {
        Path basedir = Path.of(System.getProperty("kata.basedir", ".")).toAbsolutePath().normalize();
        Path given = Path.of(System.getProperty("kata.givenClasses", basedir.resolve("target/classes").toString()));
        Path tests = Path.of(System.getProperty("kata.testClasses", basedir.resolve("target/test-classes").toString()));
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                jars.add(Path.of(entry));
            }
        }
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            Arrays.stream(loader.getURLs()).map(Classpath::toPath).filter(path -> path.toString().endsWith(".jar"))
                    .filter(path -> !jars.contains(path)).forEach(jars::add);
        }
        return new Classpath(basedir, given.toAbsolutePath(), tests.toAbsolutePath(), List.copyOf(jars));
    }

    /** What a kata's specs compile against, besides the kata itself. */
    public List<Path> forSpecs(Path kataApi) {
        List<Path> path = new ArrayList<>(List.of(kataApi, testClasses, given));
        path.addAll(libraries);
        return path;
    }

    private static Path toPath(java.net.URL url) {
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath());
        }
    }
}
