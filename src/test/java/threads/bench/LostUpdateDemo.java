package threads.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Not a spec: shows the race that SharedCounter's lock prevents. Four threads add 10,000,000 each
 * to an unguarded field; on the JVM the total almost always comes out short. The field is volatile
 * so that the JIT cannot fold the loop into one addition: volatile makes every read and write
 * visible, but a read-add-write is still three steps that other threads can interleave with.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=threads.bench.LostUpdateDemo}
 */
public final class LostUpdateDemo {
    private static volatile long total;

    private LostUpdateDemo() {
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = 4;
        int each = 10_000_000;
        for (int run = 1; run <= 5; run++) {
            total = 0;
            List<Thread> adders = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int t = 0; t < threads; t++) {
                Thread adder = new Thread(() -> {
                    awaitQuietly(go);
                    for (int i = 0; i < each; i++) {
                        total = total + 1;
                    }
                });
                adders.add(adder);
                adder.start();
            }
            go.countDown();
            for (Thread adder : adders) {
                adder.join();
            }
            System.out.printf("run %d: expected %,d, got %,d (%,d updates lost)%n",
                    run, (long) threads * each, total, (long) threads * each - total);
        }
    }
}
