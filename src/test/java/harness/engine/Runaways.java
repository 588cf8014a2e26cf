package harness.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a thread that a timed-out spec left spinning. The JVM cannot stop such a thread, and it
 * would slow every later spec (and make later timeouts likelier), so the kata's JVM ends and the
 * parent runs the remaining specs in a fresh one. Used only after a timeout, never to judge a spec.
 */
final class Runaways {
    /** A thread that burns this much CPU time in the sampling window is spinning, not waiting. */
    private static final long BUSY_NANOS = 20_000_000L;
    private static final long WINDOW_MILLIS = 250;

    private final Set<Thread> baseline;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Runaways() {
        this.baseline = Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** The name of a thread started by the specs that is still burning CPU, if there is one. */
    Optional<String> find() {
        Map<Thread, Long> before = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!baseline.contains(thread) && thread != Thread.currentThread()) {
                before.put(thread, threads.getThreadCpuTime(thread.getId()));
            }
        }
        if (before.isEmpty()) {
            return Optional.empty();
        }
        try {
            Thread.sleep(WINDOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return before.entrySet().stream()
                .filter(entry -> entry.getKey().isAlive() && entry.getValue() >= 0)
                .filter(entry -> threads.getThreadCpuTime(entry.getKey().getId()) - entry.getValue() >= BUSY_NANOS)
                .map(entry -> entry.getKey().getName()).findFirst();
    }
}
