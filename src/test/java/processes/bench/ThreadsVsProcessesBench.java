package processes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import processes.ProcessPool;
import processes.Task;
import support.BenchNotes;

/**
 * Not a spec: re-measures the notes' table (CPU-bound fib and I/O-bound sleep, threads versus
 * processes, 3 workers) on this machine. The notes' fib called fib(n - 1) twice, which computes
 * 2^(n-1) and is not Fibonacci; this uses the real recursion fib(n - 1) + fib(n - 2).
 *
 * <p>Java threads have no GIL, so unlike CPython the thread pool also scales for CPU-bound work;
 * the processes only add JVM start-up and serialization cost. The lesson explains what CPython does.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=processes.bench.ThreadsVsProcessesBench}
 */
public final class ThreadsVsProcessesBench {
    private ThreadsVsProcessesBench() {
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> cpu = List.of(36, 37, 38, 39, 40);
        List<Integer> io = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            io.add(200);
        }
        Task<Integer, Long> fibTask = ThreadsVsProcessesBench::fib;
        Task<Integer, Integer> sleepTask = millis -> {
            Thread.sleep(millis);
            return millis;
        };
        long cpuThreads = withThreads(fibTask, cpu);
        long cpuProcesses = withProcesses(fibTask, cpu);
        long ioThreads = withThreads(sleepTask, io);
        long ioProcesses = withProcesses(sleepTask, io);
        System.out.println("| work, 3 workers | threads | processes | threads ÷ processes |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf("| CPU: fib(36..40) | %d ms | %d ms | %.2f |%n", cpuThreads, cpuProcesses, (double) cpuThreads / cpuProcesses);
        System.out.printf("| I/O: 30 x sleep(0.2 s) | %d ms | %d ms | %.2f |%n", ioThreads, ioProcesses, (double) ioThreads / ioProcesses);
        // The notes' figures: ThreadPoolExecutor(3) versus ProcessPoolExecutor(3) on CPython.
        BenchNotes.row("CPU-bound, 3 threads ÷ 3 processes",
                "108.6 s ÷ 65.2 s = 1.67 (CPython: the GIL serialises the threads; their fib was really 2^(n-1))",
                String.format("%.2f (Java threads have no GIL)", (double) cpuThreads / cpuProcesses));
        BenchNotes.row("I/O-bound, 3 threads ÷ 3 processes",
                "20.09 s ÷ 20.20 s = 0.99 (30 sleeps of 2 s)",
                String.format("%.2f (30 sleeps of 0.2 s)", (double) ioThreads / ioProcesses));
    }

    static <A, R> long withThreads(Task<A, R> task, List<A> items) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            long start = System.nanoTime();
            List<Future<R>> futures = new ArrayList<>();
            for (A item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            for (Future<R> future : futures) {
                future.get();
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            pool.shutdown();
        }
    }

    static <A, R> long withProcesses(Task<A, R> task, List<A> items) {
        ProcessPool pool = new ProcessPool(3);
        try {
            // Warm-up: the children's JVMs start before the clock does, as in the notes' executor.
            pool.map(x -> x, List.of(1, 2, 3));
            long start = System.nanoTime();
            pool.map(task, items);
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            pool.close();
            pool.join();
        }
    }
}
