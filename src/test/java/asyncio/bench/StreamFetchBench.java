package asyncio.bench;

import asyncio.Asyncio;
import asyncio.Coroutine;
import asyncio.EventLoop;
import asyncio.Future;
import asyncio.StreamFetch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import support.BenchNotes;
import support.HttpReply;
import support.LoopbackHttpServer;

/**
 * Not a spec: the notes' "asyncio模拟http请求" experiment on loopback. N GETs at once through the
 * kata's streams on one loop, against a server that answers each request after 100 ms; the same
 * with CPython's asyncio streams against the same server in the same run; and the notes' own
 * figure (10 fetches of baidu.com in 0.093 s), which measured a real network instead.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -Dkata=asyncio} (report in target/bench/report.md).
 */
public final class StreamFetchBench {
    static final Duration LATENCY = Duration.ofMillis(100);

    static final String PYTHON = """
            import asyncio, sys, time
            port, n = int(sys.argv[1]), int(sys.argv[2])

            async def get(i):
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(b"GET /%d HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: close\\r\\n\\r\\n" % i)
                await writer.drain()
                length = None
                while (line := await reader.readline()) != b"\\r\\n":
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                body = await reader.readexactly(length)
                writer.close()
                await writer.wait_closed()
                return body

            async def main():
                return await asyncio.gather(*(get(i) for i in range(n)))

            start = time.perf_counter()
            bodies = asyncio.run(main())
            elapsed = time.perf_counter() - start
            assert all(b == b"ok" for b in bodies), bodies[:3]
            print("seconds=%r" % elapsed)
            """;

    private StreamFetchBench() {
    }

    public static void main(String[] args) {
        int[] counts = {20, 1000};
        try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> HttpReply.ok("ok").latency(LATENCY))) {
            fetch(server.port(), 20); // warm-up: classes loaded and compiled before the clock starts
            String version = CPython.version();
            System.out.printf("Loopback server, %d ms before each answer, one thread per connection. All GETs start at once.%n%n", LATENCY.toMillis());
            System.out.println("| fetches | this kata's streams, one loop | CPython " + version + " asyncio streams | the notes (CPython asyncio, baidu.com) |");
            System.out.println("|---|---|---|---|");
            System.out.println("| 10 | | | 0.093 s |");
            for (int n : counts) {
                double java = fetch(server.port(), n);
                double python = CPython.value(CPython.run(PYTHON, "" + server.port(), "" + n), "seconds");
                System.out.printf("| %,d | %.3f s | %s | |%n", n, java, Double.isNaN(python) ? "(not measured)" : String.format("%.3f s", python));
                BenchNotes.row(String.format("%,d GETs at once through asyncio streams: this kata ÷ CPython", n),
                        "10 GETs of baidu.com in 0.093 s, about one round trip",
                        Double.isNaN(python) ? String.format("%.3f s ÷ (python3 not found)", java)
                                : String.format("%.3f s ÷ %.3f s = %.1f×", java, python, java / python));
            }
        }
        System.out.println();
        System.out.println("Whatever the count, the fetches overlap: the time stays near one latency plus the cost of the");
        System.out.println("connections, where one fetch after another would take count x 100 ms. This kata's coroutines are");
        System.out.println("threads handing control back and forth, so each of the 1,000 costs a thread start.");
    }

    /** Seconds for n concurrent GETs on one loop (also used by selectors.bench.FetchBench). */
    public static double fetch(int port, int n) {
        try (EventLoop loop = new EventLoop(false)) {
            long start = System.nanoTime();
            List<Object> bodies = loop.runUntilComplete(() -> {
                List<Future<?>> fetches = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String target = "/" + i;
                    fetches.add(loop.createTask(() -> StreamFetch.get(port, target).text()));
                }
                return Coroutine.await(Asyncio.gather(false, fetches.toArray(new Future<?>[0])));
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!bodies.stream().allMatch("ok"::equals)) {
                throw new IllegalStateException("unexpected bodies: " + bodies.subList(0, Math.min(3, bodies.size())));
            }
            return seconds;
        }
    }
}
