package processes;

import java.io.IOException;

/** Starts child JVMs that run {@link ChildMain}, through the given {@link ChildJvm}, and reaps them. */
final class Children {
    private Children() {
    }

    static Process start(String mode) throws IOException {
        return ChildJvm.start(ChildMain.class, mode);
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
