package harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import support.BenchNotes;

/**
 * {@code ./mvnw -Pbench} (or {@code -Pbench -Dkata=<slug>}): runs every benchmark, the classes named
 * {@code <slug>.bench.*Bench} with a {@code main} method, and collects what each prints into
 * {@code target/bench/report.md}. Benchmarks are never specs: they assert nothing and time
 * everything, and absolute numbers depend on the machine, so read the ratios.
 */
public final class BenchRunner {
    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path testClasses = Path.of(args[0]);
        ClassLoader solutions = solutionsFirst(Path.of(args[1]));
        String only = args.length > 2 && !args[2].equals("*") ? args[2] : null;
        Path report = Path.of(args.length > 3 ? args[3] : "target/bench/report.md");
        StringBuilder out = new StringBuilder("# Benchmarks: the notes' experiments, re-measured\n\n");
        out.append(String.format("Run on %s, JDK %s, %d cores. Absolute times vary by machine; compare the ratios.%n%n",
                LocalDate.now(), Runtime.version(), Runtime.getRuntime().availableProcessors()));
        List<String> benches = find(testClasses, only);
        if (benches.isEmpty()) {
            out.append("No benchmark found").append(only == null ? "" : " for kata " + only).append(".\n");
        }
        StringBuilder sections = new StringBuilder();
        List<String> summary = new ArrayList<>();
        for (String bench : benches) {
            System.out.println("== " + bench);
            String printed = capture(bench, solutions);
            sections.append("## ").append(bench).append("\n\n").append(withoutSummaryRows(printed)).append("\n");
            summary.addAll(summaryRows(bench, printed));
        }
        if (!summary.isEmpty()) {
            out.append(SUMMARY_HEAD);
            summary.forEach(row -> out.append(row).append("\n"));
            out.append("\n");
        }
        out.append(sections);
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        System.out.println("Written to " + report);
    }

    static final String SUMMARY_HEAD = "## The notes' figures next to this machine's\n\n"
            + "The notes timed CPython on their author's machine, the fetches against real web sites. The "
            + "benchmarks below re-run each experiment on this machine, the fetches over loopback with an "
            + "injected latency: compare the ratios, not the seconds.\n\n"
            + "| experiment | the notes | this machine | benchmark |\n|---|---|---|---|\n";

    /** The rows a benchmark marked with {@link BenchNotes#MARK}, as markdown table rows. */
    static List<String> summaryRows(String bench, String printed) {
        List<String> rows = new ArrayList<>();
        for (String line : printed.split("\\R")) {
            if (line.startsWith(BenchNotes.MARK)) {
                String[] cells = line.substring(BenchNotes.MARK.length()).split("\t", -1);
                rows.add("| " + String.join(" | ", cells) + " | " + bench.substring(bench.lastIndexOf('.') + 1) + " |");
            }
        }
        return rows;
    }

    /** What the benchmark printed, minus the summary rows. */
    static String withoutSummaryRows(String printed) {
        StringBuilder kept = new StringBuilder();
        for (String line : printed.split("\\R", -1)) {
            if (!line.startsWith(BenchNotes.MARK)) {
                kept.append(line).append("\n");
            }
        }
        return kept.toString().stripTrailing() + "\n";
    }

    static List<String> find(Path testClasses, String only) throws IOException {
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.map(path -> testClasses.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.matches("[a-z0-9_]+/bench/[A-Za-z0-9_]+Bench\\.class"))
                    .filter(name -> only == null || name.startsWith(only + "/"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    /**
     * A class loader that sees the solutions before the learner's classes of the same names. The
     * class path property says the same, because a benchmark may start child JVMs from it (the
     * processes kata does), and those must run the solutions too.
     */
    private static ClassLoader solutionsFirst(Path solutionClasses) throws IOException {
        String classPath = solutionClasses + java.io.File.pathSeparator + System.getProperty("java.class.path");
        System.setProperty("java.class.path", classPath);
        List<java.net.URL> urls = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Runs one benchmark's main, echoing and keeping what it prints. */
    private static String capture(String bench, ClassLoader loader) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream tee = new PrintStream(new TeeStream(console, buffer), true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            Method main = Class.forName(bench, true, loader).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return "Failed: " + e.getCause() + "\n";
        } finally {
            System.setOut(console);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
