package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A model of the GIL")
@Tag("task-9")
class GilSpec {

    @Test
    @DisplayName("lets at most one thread run bytecode at any instant")
    void oneThreadAtATime() {
        AtomicLong clock = new AtomicLong();
        Gil gil = new Gil(clock::get, 5);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        runCpuThreads(gil, 4, 500, id -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            clock.incrementAndGet();
            Thread.yield();
            running.decrementAndGet();
        });
        assertThat(peak.get()).as("peak threads inside a bytecode, 4 CPU-bound threads").isEqualTo(1);
    }

    @Test
    @DisplayName("property: CPU-bound threads never overlap, and a waiting thread gets the GIL within the switch interval (cpuBoundTakesTurns)")
    void cpuBoundTakesTurns() {
        qt().withExamples(15).forAll(integers().between(2, 4), integers().between(1, 20)).checkAssert((threads, interval) -> {
            AtomicLong clock = new AtomicLong();
            Gil gil = new Gil(clock::get, interval);
            AtomicInteger running = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            List<Integer> ticks = new CopyOnWriteArrayList<>();
            runCpuThreads(gil, threads, 300, id -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                ticks.add(id);
                clock.incrementAndGet();
                running.decrementAndGet();
            });
            assertThat(peak.get()).as("%d CPU-bound threads: bytecodes running at once", threads).isEqualTo(1);
            List<Integer> runs = runLengths(ticks);
            // The first and last runs may be alone on the GIL; every run between had a competitor waiting.
            List<Integer> contended = runs.size() > 2 ? runs.subList(1, runs.size() - 1) : List.of();
            assertThat(runs.size()).as("%d threads x 300 ticks with switch interval %d: the GIL must change hands", threads, interval)
                    .isGreaterThan(threads);
            // A thread that ends may take the GIL back once without ticking, so two holds of its
            // neighbour can merge into one run: hence twice the interval, never more.
            assertThat(contended).as("runs of ticks while another thread waited (interval %d clock units)", interval)
                    .allMatch(run -> run <= 2 * interval);
        });
    }

    @Test
    @DisplayName("releases the GIL around blocking I/O, so I/O-bound threads overlap")
    void ioOverlaps() {
        Gil gil = new Gil(new AtomicLong()::get, 5);
        int threads = 4;
        CyclicBarrier allInIo = new CyclicBarrier(threads);
        AtomicInteger inIo = new AtomicInteger();
        AtomicInteger peakIo = new AtomicInteger();
        Threads spec = new Threads();
        for (int t = 0; t < threads; t++) {
            spec.start("io-" + t, () -> {
                gil.enter();
                try {
                    gil.blockingIo(() -> {
                        peakIo.accumulateAndGet(inIo.incrementAndGet(), Math::max);
                        awaitBarrier(allInIo);
                        inIo.decrementAndGet();
                        return null;
                    });
                } finally {
                    gil.exit();
                }
            });
        }
        spec.joinAll("4 threads must all be inside blocking I/O at once; a GIL kept during I/O allows only one");
        assertThat(peakIo.get()).as("threads inside blocking I/O at the same time").isEqualTo(threads);
    }

    @Test
    @DisplayName("runs bytecode of one thread while others sit in I/O, and only one at a time")
    void ioAndCpuMix() {
        AtomicLong clock = new AtomicLong();
        Gil gil = new Gil(clock::get, 3);
        CyclicBarrier ioPartners = new CyclicBarrier(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger ticksDuringIo = new AtomicInteger();
        AtomicInteger inIo = new AtomicInteger();
        Threads spec = new Threads();
        for (int t = 0; t < 2; t++) {
            spec.start("io-" + t, () -> {
                gil.enter();
                try {
                    gil.blockingIo(() -> {
                        inIo.incrementAndGet();
                        awaitBarrier(ioPartners);
                        Threads.awaitTrue("the CPU thread to tick during I/O", () -> ticksDuringIo.get() > 0);
                        inIo.decrementAndGet();
                        return null;
                    });
                } finally {
                    gil.exit();
                }
            });
        }
        spec.start("cpu", () -> {
            gil.enter();
            try {
                for (int i = 0; i < 2_000 && ticksDuringIo.get() == 0; i++) {
                    gil.tick(() -> {
                        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                        if (inIo.get() == 2) {
                            ticksDuringIo.incrementAndGet();
                        }
                        clock.incrementAndGet();
                        Thread.yield();
                        running.decrementAndGet();
                    });
                }
            } finally {
                gil.exit();
            }
        });
        spec.joinAll("the CPU thread must get the GIL while both I/O threads are blocked");
        assertThat(peak.get()).as("bytecodes at once").isEqualTo(1);
        assertThat(ticksDuringIo.get()).as("ticks run while two threads were in I/O").isPositive();
    }

    @Test
    @DisplayName("hands back what the I/O returned, and takes the GIL back before the thread runs on")
    void ioRetakesTheGil() {
        Gil gil = new Gil(new AtomicLong()::get, 5);
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch ioDone = new CountDownLatch(1);
        AtomicBoolean inIo = new AtomicBoolean();
        Threads spec = new Threads();
        Thread reader = spec.start("reader", () -> {
            gil.enter();
            String data = gil.blockingIo(() -> {
                inIo.set(true);
                Threads.await(ioDone);
                return "data";
            });
            log.add("reader runs on with " + data);
            gil.exit();
        });
        Threads.awaitTrue("the reader to be inside blocking I/O", inIo::get);
        spec.start("holder", () -> {
            gil.enter();
            log.add("holder has the GIL");
            ioDone.countDown();
            Threads.awaitTrue("the reader to wait for the GIL (or, wrongly, to run on)",
                    () -> reader.getState() == Thread.State.WAITING || log.contains("reader runs on with data"));
            log.add("holder exits");
            gil.exit();
        });
        spec.joinAll("the reader must get the GIL back after the holder exits");
        assertThat(log).as("a thread back from I/O waits for the GIL like any other")
                .containsExactly("holder has the GIL", "holder exits", "reader runs on with data");
    }

    @Test
    @DisplayName("lets a holder keep the GIL for the whole switch interval before forcing a switch")
    void switchesAfterTheInterval() {
        AtomicLong clock = new AtomicLong();
        Gil gil = new Gil(clock::get, 10);
        runCpuThreads(gil, 2, 100, id -> clock.incrementAndGet());
        assertThat(gil.switches()).as("forced switches in 200 ticks (one clock unit each) with an interval of 10: "
                + "at most one per 10 ticks").isBetween(1L, 20L);
    }

    @Test
    @DisplayName("counts a forced switch only when another thread is waiting")
    void switchesOnlyUnderContention() {
        AtomicLong clock = new AtomicLong();
        Gil gil = new Gil(clock::get, 2);
        runCpuThreads(gil, 1, 100, id -> clock.incrementAndGet());
        assertThat(gil.switches()).as("a lone thread running 100 ticks with interval 2 is never forced to switch").isZero();
        runCpuThreads(gil, 2, 100, id -> clock.incrementAndGet());
        assertThat(gil.switches()).as("two CPU-bound threads with interval 2 must be switched").isPositive();
    }

    /**
     * Starts the threads; each enters the GIL, runs its ticks, exits. The very first bytecode waits
     * until every other thread is parked (waiting for the GIL), so the threads really contend.
     */
    static void runCpuThreads(Gil gil, int threads, int ticksEach, java.util.function.IntConsumer bytecode) {
        List<Thread> all = new CopyOnWriteArrayList<>();
        AtomicInteger firstTicks = new AtomicInteger();
        Threads spec = new Threads();
        for (int t = 0; t < threads; t++) {
            int id = t;
            all.add(spec.start("cpu-" + t, () -> {
                gil.enter();
                try {
                    for (int i = 0; i < ticksEach; i++) {
                        if (firstTicks.getAndIncrement() == 0) {
                            Threads.awaitTrue("every CPU thread to wait for the GIL", () -> all.size() == threads
                                    && all.stream().filter(other -> other != Thread.currentThread()).allMatch(GilSpec::parked));
                        }
                        gil.tick(() -> bytecode.accept(id));
                    }
                } finally {
                    gil.exit();
                }
            }));
        }
        spec.joinAll("CPU-bound threads must all finish: a waiting thread needs the holder to switch out");
    }

    static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.BLOCKED;
    }

    static List<Integer> runLengths(List<Integer> ticks) {
        List<Integer> runs = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            if (i == 0 || !ticks.get(i).equals(ticks.get(i - 1))) {
                runs.add(0);
            }
            runs.set(runs.size() - 1, runs.get(runs.size() - 1) + 1);
        }
        return runs;
    }

    static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await(Threads.PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new AssertionError("threads never met at the barrier: " + e, e);
        }
    }
}
