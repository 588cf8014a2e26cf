package harness;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * {@code ./mvnw -q -Pwatch -Dkata=<slug>}: keeps one JVM warm, and on every save in
 * {@code katas/<slug>/} recompiles the kata in-process and re-runs its specs, printing a one-screen
 * verdict. Each run loads the fresh classes in a new class loader, so nothing from the previous
 * run leaks into the next. A compile error is shown and the watch goes on; an infinite loop is
 * cut off by the specs' own timeouts.
 */
public final class Watch {
    private final String slug;
    private final Path sources;
    private final List<URL> classpath;
    private final Path scratch;

    private Watch(String slug, Path basedir, List<URL> classpath) throws IOException {
        this.slug = slug;
        this.sources = basedir.resolve("katas").resolve(slug);
        this.classpath = classpath;
        this.scratch = Files.createDirectories(basedir.resolve("target/watch"));
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Manifest.basedir();
        Manifest manifest = Manifest.load(basedir);
        String slug = args.length > 0 ? args[0] : "";
        if (manifest.kata(slug).isEmpty()) {
            throw new IllegalArgumentException("unknown kata '" + slug + "'; use -Dkata=<slug> with one of " + manifest.slugs());
        }
        new Watch(slug, basedir, currentClasspath()).loop();
    }

    private void loop() throws Exception {
        System.out.printf("Watching katas/%s/ (Ctrl-C to stop). Save a file to re-run its specs.%n", slug);
        verdict();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            sources.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            while (true) {
                var key = watcher.take();
                // Editors save in bursts (temp file, rename, touch): let the burst settle.
                for (var more = watcher.poll(100, TimeUnit.MILLISECONDS); more != null; more = watcher.poll(100, TimeUnit.MILLISECONDS)) {
                    more.pollEvents();
                    more.reset();
                }
                key.pollEvents();
                key.reset();
                verdict();
            }
        }
    }

    private void verdict() throws IOException {
        Path output = Files.createTempDirectory(scratch, "run");
        try {
            compileAndRun(output);
        } catch (Exception | LinkageError e) {
            // Whatever the learner's code did, the watch goes on.
            System.out.printf("%n%s could not be run: %s%n", slug, e);
        } finally {
            try (Stream<Path> stale = Files.walk(output)) {
                stale.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void compileAndRun(Path output) throws Exception {
        long start = System.nanoTime();
        String errors = compile(output);
        String stamp = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        if (errors != null) {
            System.out.printf("%n[%s] %s does not compile:%n%s%n", stamp, slug, errors.strip());
            return;
        }
        List<URL> urls = new ArrayList<>();
        urls.add(output.toUri().toURL());
        urls.addAll(classpath);
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Method summary = loader.loadClass(Watch.class.getName()).getDeclaredMethod("summary", String.class);
            summary.setAccessible(true);
            String text = (String) summary.invoke(null, slug);
            System.out.printf("%n[%s] %s (%d ms)%n", stamp, text, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            Thread.currentThread().setContextClassLoader(Watch.class.getClassLoader());
        }
    }

    /** Runs inside the fresh class loader: its KataRunner sees the just-compiled kata classes. */
    @SuppressWarnings("unused")
    private static String summary(String slug) {
        KataRunner.Verdict verdict = KataRunner.run(slug);
        String counts = String.format("%s: %d/%d specs pass", slug, verdict.passed(), verdict.specs().size());
        return verdict.firstFailure().map(failure -> counts + String.format(
                "%n  ✗ task %s · %s%n    %s%n  lesson: katas/%s/README.md#task-%s   stuck? ./mvnw -q -Phint -Dkata=%s",
                failure.task().isPresent() ? String.valueOf(failure.task().getAsInt()) : "?", failure.name(), failure.message(),
                slug, failure.task().isPresent() ? String.valueOf(failure.task().getAsInt()) : "1", slug))
                .orElse(counts + " ✓");
    }

    /** Compiles katas/<slug>/*.java into {@code output}; returns the diagnostics, or null on success. */
    private String compile(Path output) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<File> files;
        try (Stream<Path> paths = Files.walk(sources)) {
            files = paths.filter(path -> path.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        StringWriter diagnostics = new StringWriter();
        try (var fileManager = javac.getStandardFileManager(null, null, null)) {
            String path = String.join(File.pathSeparator, classpath.stream().map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (Exception e) {
                    return url.getPath();
                }
            }).toList());
            List<String> options = List.of("--release", "17", "-d", output.toString(), "-classpath", path, "-encoding", "UTF-8");
            boolean ok = javac.getTask(diagnostics, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
            return ok ? null : diagnostics.toString();
        }
    }

    private static List<URL> currentClasspath() throws IOException {
        List<URL> urls = new ArrayList<>();
        if (Watch.class.getClassLoader() instanceof URLClassLoader loader) {
            urls.addAll(List.of(loader.getURLs()));
        } else {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls;
    }
}
