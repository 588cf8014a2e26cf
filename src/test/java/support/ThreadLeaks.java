package support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds threads that code under test started and left running. Take a {@link #snapshot()} before,
 * then ask {@link #stillRunning} after: each new thread gets a few seconds to end on its own.
 */
public final class ThreadLeaks {
    private ThreadLeaks() {
    }

    /** The threads alive now. */
    public static Set<Thread> snapshot() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** Names of the threads started since {@code before} that are still alive after 5 s each, except the exempt ones. */
    public static List<String> stillRunning(Set<Thread> before, Predicate<Thread> exempt) throws InterruptedException {
        List<String> running = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && !exempt.test(thread)) {
                thread.join(5_000);
                if (thread.isAlive()) {
                    running.add(thread.getName());
                }
            }
        }
        return running;
    }
}
