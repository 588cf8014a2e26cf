package harness.run;

import java.util.List;
import java.util.Optional;

/**
 * Kills a kata's JVM and everything it started. Children are found as descendants; an orphan (a
 * child whose parent already died, so that it now hangs off init) is found by the marker on its
 * command line.
 */
final class ProcessTree {
    private ProcessTree() {
    }

    static void kill(ProcessHandle root, String marker) {
        // Descendants first, while they are still attached to the tree.
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> descendants = root.descendants().toList();
            descendants.forEach(ProcessHandle::destroyForcibly);
            if (descendants.isEmpty()) {
                break;
            }
        }
        root.destroyForcibly();
        ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> commandLine(process).map(line -> line.contains(marker)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        root.onExit().join();
    }

    private static Optional<String> commandLine(ProcessHandle process) {
        try {
            return process.info().commandLine();
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }
}
