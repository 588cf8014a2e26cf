package processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Spec-side helpers for child processes: file gates that work across JVMs, and liveness checks. */
final class ChildProbe {
    private ChildProbe() {
    }

    /** A file that does not exist yet; tasks in other JVMs wait for it to appear. */
    static Path newGate() {
        try {
            Path dir = Files.createTempDirectory("kata-gate");
            dir.toFile().deleteOnExit();
            return dir.resolve("open");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void open(Path gate) {
        try {
            Files.writeString(gate, "open");
            gate.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs in the child: waits (bounded) until the spec opens the gate. */
    static void waitFor(String gate) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!Files.exists(Path.of(gate))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the spec never opened gate " + gate);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static boolean alive(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive();
    }

    /** Polls until the process is gone (it may take a moment to be reaped). */
    static boolean goneSoon(long pid) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (alive(pid)) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
