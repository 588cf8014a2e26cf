package harness.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A kata's specs, compiled against the reference solution's API (the stubs declare the same one),
 * so that they compile whatever state the learner's code is in. Kept under
 * {@code target/kata-specs/<slug>/} and rebuilt only when the specs, the solution, the given code
 * (both roots) or the shared test support changed.
 *
 * @param api    the compiled solution: what the specs were compiled against, never run
 * @param specs  the compiled specs
 * @param errors javac's errors, when the specs themselves do not compile
 */
public record SpecBuild(Path api, Path specs, List<String> errors) {

    /** @param solution the sources of the API to compile the specs against: the solution, or in a template the learner's code */
    public static synchronized SpecBuild of(String slug, Classpath classpath, Path solution) {
        Path basedir = classpath.basedir();
        Path home = basedir.resolve("target/kata-specs").resolve(slug);
        Path sources = basedir.resolve("src/test/java").resolve(slug);
        Path api = home.resolve("api");
        Path specs = home.resolve("specs");
        Path stamp = home.resolve("stamp");
        Javac javac = new Javac(basedir);
        String fingerprint = fingerprint(List.of(solution, javac.givenWithKata(slug), sources, classpath.given(), classpath.testClasses()));
        if (fingerprint.equals(read(stamp)) && Files.isDirectory(specs)) {
            return new SpecBuild(api, specs, List.of());
        }
        List<String> errors = new ArrayList<>(javac.compileKata(slug, solution, List.of(classpath.given()), api));
        if (errors.isEmpty()) {
            errors.addAll(javac.compile(sources, specSources(sources), classpath.forSpecs(api), specs));
        }
        if (errors.isEmpty()) {
            write(stamp, fingerprint);
        }
        return new SpecBuild(api, specs, errors);
    }

    /**
     * Every spec source of the kata, but not its benchmarks ({@code <slug>/bench/}): they measure,
     * never judge, and may compare the kata with another one.
     */
    static List<java.io.File> specSources(Path sources) {
        Path benchmarks = sources.resolve("bench");
        return Javac.javaFiles(sources).stream().filter(file -> !file.toPath().startsWith(benchmarks)).toList();
    }

    /** A digest of every file under the given roots, names and contents both. */
    static String fingerprint(List<Path> roots) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path root : roots) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path stamp) {
        try {
            return Files.isRegularFile(stamp) ? Files.readString(stamp) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path stamp, String fingerprint) {
        try {
            Files.writeString(stamp, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
