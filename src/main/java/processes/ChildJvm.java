package processes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Given code: starts a child JVM on this JVM's own class path, running a main class of this kata.
 * Kata code may not use {@code ProcessBuilder} itself (see the README's rules): a child that runs
 * any command could outlive the grading and rewrite its report, while a child JVM of this kata
 * runs only kata code, under the same rules, and ends with the grading.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Starts {@code java -cp <this class path> <mainClass> <args>} with the {@code java} of
     * {@code java.home}. The child's stdin and stdout are the returned process's streams (the pipe);
     * its stderr is this JVM's, so a child's stack trace shows in the console.
     */
    public static Process start(Class<?> mainClass, String... args) throws IOException {
        if (!mainClass.getPackageName().equals(ChildJvm.class.getPackageName())) {
            throw new IllegalArgumentException("a child JVM runs a main class of the processes kata, not " + mainClass.getName());
        }
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                // Small, quick-starting children: they run short tasks, not long computations.
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
