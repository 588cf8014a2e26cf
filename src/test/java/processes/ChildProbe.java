package processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /** Runs in the child: waits (bounded: at least 20 s of 2 ms naps) until the spec opens the gate. */
    static void waitFor(String gate) {
        for (int naps = 0; !Files.exists(Path.of(gate)); naps++) {
            if (naps == 10_000) {
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

    /** Waits (at most 5 s) until the process is gone; it may take a moment to be reaped. */
    static boolean goneSoon(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(5, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
