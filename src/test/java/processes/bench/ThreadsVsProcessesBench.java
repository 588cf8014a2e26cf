package processes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import processes.ProcessPool;
import processes.Task;

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
        List<Integer> cpu = List.of(33, 34, 35, 36, 37);
        List<Integer> io = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            io.add(200);
        }
        Task<Integer, Long> fibTask = ThreadsVsProcessesBench::fib;
        Task<Integer, Integer> sleepTask = millis -> {
            Thread.sleep(millis);
            return millis;
        };
        System.out.printf("fib(33..37), 3 threads:   %6d ms%n", withThreads(fibTask, cpu));
        System.out.printf("fib(33..37), 3 processes: %6d ms%n", withProcesses(fibTask, cpu));
        System.out.printf("30 x sleep(0.2 s), 3 threads:   %6d ms%n", withThreads(sleepTask, io));
        System.out.printf("30 x sleep(0.2 s), 3 processes: %6d ms%n", withProcesses(sleepTask, io));
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
