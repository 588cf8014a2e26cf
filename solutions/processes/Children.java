package processes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts child JVMs that run {@link ChildMain} with this JVM's own classpath. */
final class Children {
    private Children() {
    }

    static Process start(String mode) throws IOException {
        // '/' works on every platform Java runs on, so this needs no java.io.File (kata code may not touch files).
        String java = System.getProperty("java.home") + "/bin/java";
        List<String> command = new ArrayList<>(List.of(java,
                // Small, quick-starting children: they run short tasks, not long computations.
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), ChildMain.class.getName(), mode));
        ProcessBuilder builder = new ProcessBuilder(command);
        // stdin/stdout carry the frames; stderr shows a child's stack traces in our console.
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    /** Kills a child and waits until it is really gone, so that nothing is left orphaned. */
    static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
