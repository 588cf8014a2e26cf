package selectors.bench;

import asyncio.bench.StreamFetchBench;
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
import support.BenchNotes;
import support.HttpReply;
import support.LoopbackHttpServer;

/**
 * Re-measures the notes' fetch experiments on loopback: N GETs against a server that answers each
 * after 100 ms (about what one fetch of baidu.com cost the notes), five ways:
 * <ul>
 *   <li>one after another with blocking sockets (the notes' first version);</li>
 *   <li>a pool of 32 blocking threads (CPython's ThreadPoolExecutor default is at most 32);</li>
 *   <li>one selector thread with callbacks: this kata's EventLoop and Fetcher (the notes' select version);</li>
 *   <li>one event loop with coroutines and streams: the asyncio kata's (the notes' asyncio version);</li>
 *   <li>a virtual thread per fetch with blocking sockets (JDK 21 and later only).</li>
 * </ul>
 * Then it holds many idle connections open, one selector thread against a thread per connection.
 * NOT a spec: it prints numbers (wall time, threads, memory), which depend on the machine. Run it
 * with {@code ./mvnw -q -Pbench -Dkata=selectors} (the reference code), or with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=selectors.bench.FetchBench}
 * (YOUR code in target/classes; add {@code -Dexec.args="20 1000 10000"} to change the fetch counts
 * and the idle connections).
 */
public final class FetchBench {
    private static final Duration LATENCY = Duration.ofMillis(100);
    private static final int POOL_THREADS = 32;
    /** Past this many, one-after-another fetches are timed on the first this many and scaled: they take n x latency. */
    private static final int SEQUENTIAL_SAMPLE = 100;

    private FetchBench() {
    }

    public static void main(String[] args) throws Exception {
        int few = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int many = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int idle = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("ok").latency(LATENCY))) {
            compareFetches(server, 20); // warm-up: every path loaded and compiled before the clock starts
            System.out.printf("Loopback server, %d ms before each answer, one thread per connection.%n%n", LATENCY.toMillis());
            System.out.println("| fetches | one after another | " + POOL_THREADS + "-thread pool | one selector thread, callbacks"
                    + " | one event loop, coroutines (asyncio kata) | virtual thread per fetch |");
            System.out.println("|---:|---:|---:|---:|---:|---:|");
            double[] small = compareFetches(server, few);
            double[] large = compareFetches(server, many);
            printRow(few, small);
            printRow(many, large);
            System.out.printf("%nOne after another is timed on the first %d fetches and scaled (marked *) past that:"
                    + " each fetch waits out the latency.%n%n", SEQUENTIAL_SAMPLE);
            BenchNotes.row(few + " fetches: one after another ÷ one selector thread",
                    "1.95 s ÷ 0.096 s = 20× (20 fetches of baidu.com; their first version busy-waited on a non-blocking socket)",
                    String.format("%.2f s ÷ %.3f s = %.0f×", small[0] / 1000, small[2] / 1000, small[0] / small[2]));
            BenchNotes.row("thread pool ÷ event loop with coroutines",
                    "0.196 s ÷ 0.093 s = 2.1× (10 fetches each)",
                    String.format("%.3f s ÷ %.3f s = %.1f× (%d fetches each)", small[1] / 1000, small[3] / 1000, small[1] / small[3], few));
            BenchNotes.row(String.format("%,d fetches: pool of %d ÷ selector, ÷ event loop, ÷ virtual threads", many, POOL_THREADS),
                    "not measured",
                    String.format("%.1f×, %.1f×, %s", large[1] / large[2], large[1] / large[3],
                            Double.isNaN(large[4]) ? "(JDK 21+)" : String.format("%.1f×", large[1] / large[4])));
        }
        idleConnections(clampToDescriptors(idle));
    }

    /** Milliseconds for n fetches each way: sequential, pool, selector, event loop, virtual threads (NaN before JDK 21). */
    private static double[] compareFetches(LoopbackHttpServer server, int n) throws Exception {
        int port = server.port();
        int sample = Math.min(n, SEQUENTIAL_SAMPLE);
        double sequential = BenchNotes.millis(() -> { for (int i = 0; i < sample; i++) { blockingGet(port); } }) * n / sample;
        double pool = BenchNotes.millis(() -> threadPool(port, n));
        double selector = BenchNotes.millis(() -> selectorFetch(server, n));
        double eventLoop = StreamFetchBench.fetch(port, n) * 1000;
        double virtual = virtualThreads(port, n);
        return new double[] {sequential, pool, selector, eventLoop, virtual};
    }

    private static void printRow(int n, double[] millis) {
        System.out.printf("| %,d | %s%s | %s | %s | %s | %s |%n", n, seconds(millis[0]), n > SEQUENTIAL_SAMPLE ? "*" : "",
                seconds(millis[1]), seconds(millis[2]), seconds(millis[3]),
                Double.isNaN(millis[4]) ? "(needs JDK 21)" : seconds(millis[4]));
    }

    private static String seconds(double millis) {
        return String.format("%.3f s", millis / 1000);
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
        ExecutorService pool = Executors.newFixedThreadPool(POOL_THREADS);
        try {
            blockingGets(pool, port, n);
        } finally {
            pool.shutdown();
        }
    }

    private static void blockingGets(ExecutorService executor, int port, int n) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            done.add(executor.submit(() -> { blockingGet(port); return null; }));
        }
        for (Future<?> future : done) {
            future.get();
        }
    }

    /** A virtual thread per fetch, through reflection so that this file still compiles for JDK 17. */
    private static double virtualThreads(int port, int n) throws Exception {
        if (Runtime.version().feature() < 21) {
            return Double.NaN;
        }
        ExecutorService perTask = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try {
            return BenchNotes.millis(() -> blockingGets(perTask, port, n));
        } finally {
            perTask.shutdown();
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

    @SuppressWarnings("try") // a resource closed early on purpose, or held open without being read
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
