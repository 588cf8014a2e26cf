package selectors;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Spec-side helpers for the selectors kata. */
final class Loopback {
    private Loopback() {
    }

    /** A loopback address where nobody listens: bind port 0, note the port, close. */
    static InetSocketAddress closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), probe.getLocalPort());
        }
    }

    static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    /** Threads alive now that were not in {@code before}, leaving out JUnit's per-test timeout threads. */
    static List<String> newThreads(Set<Thread> before) {
        return liveThreads().stream().filter(t -> !before.contains(t) && !t.getName().startsWith("junit-")
                        && !t.getName().startsWith("loopback-http"))
                .map(Thread::getName).sorted().toList();
    }

    /** Open file descriptors of this JVM (sockets included), or -1 where the OS does not say. */
    static long openFileDescriptors() {
        return support.OpenFiles.count();
    }
}
