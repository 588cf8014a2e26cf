package selectors.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import selectors.EventLoop;
import selectors.Fetcher;
import selectors.SelectorEchoServer;
import support.HttpReply;
import support.LoopbackHttpServer;

/**
 * Re-measures the notes' "blocking vs select" table on loopback. NOT a spec: it prints numbers
 * (wall time, threads, memory), which depend on the machine. Run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=selectors.bench.FetchBench}
 * (add {@code -Dexec.args="20 1000 10000"} to change the fetch counts and the idle connections).
 * It runs the classes in target/classes, i.e. YOUR selectors code.
 */
public final class FetchBench {
    private static final Duration LATENCY = Duration.ofMillis(100);

    private FetchBench() {
    }

    public static void main(String[] args) throws Exception {
        int few = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int many = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int idle = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("ok").latency(LATENCY))) {
            System.out.printf("server latency %d ms, loopback%n%n", LATENCY.toMillis());
            double sequential = time(() -> { for (int i = 0; i < few; i++) { blockingGet(server.port()); } });
            double pool = time(() -> threadPool(server.port(), few));
            double selector = time(() -> selectorFetch(server, few));
            double selectorMany = time(() -> selectorFetch(server, many));
            System.out.printf("%-40s %8.0f ms   1.0x%n", few + " fetches, sequential, blocking", sequential);
            System.out.printf("%-40s %8.0f ms   %.1fx faster%n", few + " fetches, " + few + "-thread pool", pool, sequential / pool);
            System.out.printf("%-40s %8.0f ms   %.1fx faster%n", few + " fetches, one selector thread", selector, sequential / selector);
            System.out.printf("%-40s %8.0f ms   (%.1f ms per fetch)%n%n", many + " fetches, one selector thread", selectorMany, selectorMany / many);
        }
        idleConnections(clampToDescriptors(idle));
    }

    private interface Body {
        void run() throws Exception;
    }

    private static double time(Body body) throws Exception {
        long start = System.nanoTime();
        body.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void blockingGet(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            in.readAllBytes();
        }
    }

    private static void threadPool(int port, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                done.add(pool.submit(() -> { blockingGet(port); return null; }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void selectorFetch(LoopbackHttpServer server, int n) throws IOException {
        AtomicInteger ok = new AtomicInteger();
        try (EventLoop loop = new EventLoop()) {
            Fetcher fetcher = new Fetcher(loop);
            for (int i = 0; i < n; i++) {
                fetcher.get(server.url("/" + i), response -> ok.incrementAndGet(), error -> { });
            }
            loop.run();
        }
        if (ok.get() != n) {
            throw new IllegalStateException(ok.get() + " of " + n + " fetches succeeded");
        }
    }

    /** Each idle connection costs two descriptors (client and server end); stay below the limit. */
    private static int clampToDescriptors(int wanted) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            int room = (int) ((unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount() - 200) / 2);
            if (room < wanted) {
                System.out.printf("(only %d idle connections: the descriptor limit is %d)%n", room, unix.getMaxFileDescriptorCount());
                return room;
            }
        }
        return wanted;
    }

    private static void idleConnections(int n) throws Exception {
        long threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long rssBefore = residentKb();
        try (SelectorEchoServer server = SelectorEchoServer.start()) {
            List<SocketChannel> clients = openIdle(server.port(), n);
            Thread.sleep(500);
            report("one selector thread", n, threadsBefore, rssBefore);
            closeAll(clients);
        }
        threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        rssBefore = residentKb();
        try (ServerSocket listener = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> acceptWithThreads(listener, accepted), "bench-accept");
            acceptor.start();
            List<SocketChannel> clients = openIdle(listener.getLocalPort(), n);
            Thread.sleep(500);
            report("one thread per connection", n, threadsBefore, rssBefore);
            closeAll(clients);
            listener.close();
            acceptor.join();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private static void acceptWithThreads(ServerSocket listener, List<Socket> accepted) {
        try {
            while (true) {
                Socket socket = listener.accept();
                accepted.add(socket);
                Thread reader = new Thread(() -> {
                    try {
                        socket.getInputStream().read(); // parked in read, like a blocking server's handler
                    } catch (IOException closed) {
                        // the bench is over
                    }
                });
                reader.setDaemon(true);
                reader.start();
            }
        } catch (IOException closed) {
            // the listener was closed
        }
    }

    private static List<SocketChannel> openIdle(int port, int n) throws IOException {
        List<SocketChannel> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clients.add(SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
        }
        return clients;
    }

    private static void closeAll(List<SocketChannel> clients) throws IOException {
        for (SocketChannel client : clients) {
            client.close();
        }
    }

    private static void report(String how, int n, long threadsBefore, long rssBefore) {
        long threads = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
        long rss = residentKb() - rssBefore;
        System.out.printf("%-28s %6d idle connections: %6d more threads, %8d KB more resident memory%n", how, n, threads, rss);
    }

    /** VmRSS from /proc/self/status (Linux); -1 elsewhere. */
    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
