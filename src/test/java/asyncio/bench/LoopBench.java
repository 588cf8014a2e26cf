package asyncio.bench;

import asyncio.EventLoop;
import java.util.Arrays;
import java.util.Random;
import support.BenchNotes;

/**
 * Not a spec: how many callbacks per second this loop runs, next to the machine's CPython asyncio
 * measured in the same run. call_soon: a million callbacks queued, then run. Timers: 200,000
 * call_later timers with random delays up to 1,000 s, on a virtual clock in both languages (CPython's
 * loop gets a selector that adds its timeout to a counter instead of sleeping, as in
 * src/test/python/asyncio_golden.py), so the loop runs a timer per iteration and never sleeps.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -Dkata=asyncio} (report in target/bench/report.md).
 */
public final class LoopBench {
    static final int CALLBACKS = 1_000_000;
    static final int TIMERS = 200_000;
    static final int ROUNDS = 5;
    static final long SEED = 20261201;

    static final String PYTHON = """
            import asyncio, random, statistics, sys, time
            callbacks, timers, rounds, seed = (int(a) for a in sys.argv[1:5])

            class VirtualSelector:
                def __init__(self, clock):
                    self.clock = clock
                def select(self, timeout=None):
                    self.clock[0] += timeout or 0
                    return []
                def close(self):
                    pass

            def call_soon_seconds():
                loop = asyncio.new_event_loop()
                count = [0]
                def tick():
                    count[0] += 1
                start = time.perf_counter()
                for _ in range(callbacks):
                    loop.call_soon(tick)
                loop.call_soon(loop.stop)
                loop.run_forever()
                elapsed = time.perf_counter() - start
                loop.close()
                assert count[0] == callbacks
                return elapsed

            def timer_seconds():
                loop = asyncio.new_event_loop()
                clock = [0.0]
                real = loop._selector
                loop._selector = VirtualSelector(clock)
                loop.time = lambda: clock[0]
                rng = random.Random(seed)
                delays = [rng.random() * 1000 for _ in range(timers)]
                count = [0]
                def tick():
                    count[0] += 1
                    if count[0] == timers:
                        loop.stop()
                start = time.perf_counter()
                for delay in delays:
                    loop.call_later(delay, tick)
                loop.run_forever()
                elapsed = time.perf_counter() - start
                loop._selector = real
                loop.close()
                return elapsed

            print("soon=%r" % statistics.median(call_soon_seconds() for _ in range(rounds)))
            print("timers=%r" % statistics.median(timer_seconds() for _ in range(rounds)))
            """;

    private LoopBench() {
    }

    public static void main(String[] args) {
        // Two rounds first, so that the JIT has compiled the loop before anything is timed.
        callSoonSeconds();
        timerSeconds();
        double soon = median(LoopBench::callSoonSeconds);
        double timers = median(LoopBench::timerSeconds);
        String output = CPython.run(PYTHON, "" + CALLBACKS, "" + TIMERS, "" + ROUNDS, "" + SEED);
        String version = CPython.version();
        System.out.printf("Median of %d rounds each; Java after a warm-up round, CPython %s with its C-accelerated asyncio.%n%n", ROUNDS, version);
        System.out.println("| benchmark | this loop (Java) | CPython " + version + " asyncio | Java / CPython time |");
        System.out.println("|---|---|---|---|");
        row(String.format("call_soon: %,d callbacks queued, then run", CALLBACKS), CALLBACKS, soon, CPython.value(output, "soon"));
        row(String.format("call_later: %,d timers, virtual clock", TIMERS), TIMERS, timers, CPython.value(output, "timers"));
        double pythonSoon = CPython.value(output, "soon");
        BenchNotes.row("call_soon throughput: this loop ÷ CPython asyncio, same machine, same run",
                "not measured (the notes only list call_soon, call_later, call_at, call_soon_threadsafe)",
                Double.isNaN(pythonSoon) ? "(python3 not found)" : String.format("%.2f M/s ÷ %.2f M/s = %.1f×",
                        CALLBACKS / soon / 1e6, CALLBACKS / pythonSoon / 1e6, pythonSoon / soon));
        System.out.println();
        System.out.println("A ratio below 1 means this loop took less time. Both loops do the same work per callback: a");
        System.out.println("handle, a queue (or heap) push and pop, a check for cancellation, the call.");
    }

    private static void row(String what, int count, double java, double python) {
        String cpython = Double.isNaN(python) ? "(not measured)" : rate(count, python);
        String ratio = Double.isNaN(python) ? "" : String.format("%.2f", java / python);
        System.out.printf("| %s | %s | %s | %s |%n", what, rate(count, java), cpython, ratio);
    }

    private static String rate(int count, double seconds) {
        return String.format("%.3f s (%.2f M/s)", seconds, count / seconds / 1e6);
    }

    private interface Measurement {
        double seconds();
    }

    private static double median(Measurement measurement) {
        double[] runs = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            runs[i] = measurement.seconds();
        }
        Arrays.sort(runs);
        return runs[ROUNDS / 2];
    }

    static double callSoonSeconds() {
        int[] count = {0};
        Runnable tick = () -> count[0]++;
        try (EventLoop loop = new EventLoop(false)) {
            long start = System.nanoTime();
            for (int i = 0; i < CALLBACKS; i++) {
                loop.callSoon(tick);
            }
            loop.callSoon(loop::stop);
            loop.runForever();
            double seconds = (System.nanoTime() - start) / 1e9;
            check(count[0], CALLBACKS);
            return seconds;
        }
    }

    static double timerSeconds() {
        Random random = new Random(SEED);
        double[] delays = new double[TIMERS];
        for (int i = 0; i < TIMERS; i++) {
            delays[i] = random.nextDouble() * 1000;
        }
        int[] count = {0};
        try (EventLoop loop = new EventLoop(true)) {
            Runnable tick = () -> {
                if (++count[0] == TIMERS) {
                    loop.stop();
                }
            };
            long start = System.nanoTime();
            for (double delay : delays) {
                loop.callLater(delay, tick);
            }
            loop.runForever();
            double seconds = (System.nanoTime() - start) / 1e9;
            check(count[0], TIMERS);
            return seconds;
        }
    }

    private static void check(int ran, int expected) {
        if (ran != expected) {
            throw new IllegalStateException(ran + " of " + expected + " callbacks ran");
        }
    }
}
