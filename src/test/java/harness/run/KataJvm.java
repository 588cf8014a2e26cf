package harness.run;

import com.google.gson.JsonObject;
import harness.engine.Channel;
import harness.engine.KataMain;
import harness.engine.RunRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a kata's specs in a JVM of its own. Whatever the code under test does there (loop,
 * deadlock, exit, crash) ends with that JVM: it gets a wall budget, and when it is over, it and
 * every process it started are killed. Only signed events on its stdout count (see {@link Channel}).
 */
final class KataJvm {
    /**
     * The options of a short-lived test JVM: quick to start, no need for the optimizing compiler. A
     * JVM out of memory is in no state to report on anything, so it ends at once and counts as crashed;
     * the JVM says why on stderr, where the engine keeps the tail.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+DisplayVMOutputToStderr",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");
    private static final int STDERR_TAIL = 4096;

    /** What one JVM sent and how it ended. */
    record Outcome(List<JsonObject> events, int exitCode, boolean overBudget, String stderr) {
        boolean finished() {
            return events.stream().anyMatch(event -> "done".equals(event.get("event").getAsString()));
        }
    }

    private KataJvm() {
    }

    /**
     * @param marker a string on the command line of this JVM (its class path holds it) and of any
     *               JVM the code under test starts the usual way, used to find orphans when killing
     */
    static Outcome run(List<Path> classpath, RunRequest request, Duration budget, String marker, Path basedir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.add("-Dkata.basedir=" + basedir);
        command.add("-cp");
        command.add(Javac.join(classpath));
        command.add(KataMain.class.getName());
        Process process;
        try {
            process = new ProcessBuilder(command).directory(basedir.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for the kata", e);
        }
        List<JsonObject> events = new ArrayList<>();
        Thread reader = daemon(() -> readEvents(process.getInputStream(), request.keyBytes(), events));
        StringBuilder stderr = new StringBuilder();
        Thread errors = daemon(() -> tail(process.getErrorStream(), stderr));
        boolean overBudget = false;
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((request.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JVM died before reading its request; its exit code says how.
        }
        try {
            overBudget = !process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            overBudget = true;
        } finally {
            ProcessTree.kill(process.toHandle(), marker);
        }
        join(reader);
        join(errors);
        synchronized (events) {
            return new Outcome(List.copyOf(events), exitCode(process), overBudget, stderr.toString());
        }
    }

    private static void readEvents(InputStream stdout, byte[] key, List<JsonObject> events) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String current = line;
                Channel.accept(key, current).ifPresent(event -> {
                    synchronized (events) {
                        events.add(event);
                    }
                });
            }
        } catch (IOException e) {
            // The pipe closed under us: the process is gone.
        }
    }

    private static void tail(InputStream stderr, StringBuilder kept) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (kept) {
                    kept.append(line).append('\n');
                    if (kept.length() > STDERR_TAIL) {
                        kept.delete(0, kept.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // Same: the process is gone.
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "kata-jvm-reader");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void join(Thread thread) {
        try {
            // A grandchild that inherited the pipe may hold it open: do not wait for it forever.
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int exitCode(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
