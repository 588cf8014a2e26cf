package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A shared counter behind a lock")
@Tag("task-3")
class SharedCounterSpec {
    static volatile int progress;

    @Test
    @DisplayName("loses no update when 8 threads each add 50,000")
    void noLostUpdates() {
        SharedCounter counter = new SharedCounter(new PyLock());
        hammer(counter, 8, 50_000);
        assertThat(counter.value()).as("8 threads x 50,000 increments: total += 1 must be done under the lock")
                .isEqualTo(8L * 50_000);
    }

    @Test
    @DisplayName("property: N threads x M increments end at exactly N*M (incrementsAreNeverLost)")
    void incrementsAreNeverLost() {
        qt().withExamples(25).forAll(integers().between(1, 6), integers().between(0, 3_000)).checkAssert((threads, each) -> {
            SharedCounter counter = new SharedCounter(new PyLock());
            hammer(counter, threads, each);
            assertThat(counter.value()).as("%d threads x %d increments", threads, each).isEqualTo((long) threads * each);
        });
    }

    @Test
    @DisplayName("takes the lock it was given for every increment")
    void usesTheGivenLock() {
        PyLock lock = new PyLock();
        SharedCounter counter = new SharedCounter(lock);
        lock.acquire();
        Threads spec = new Threads();
        Thread incrementer = spec.start("incrementer", counter::increment);
        assertThat(Threads.parkedOrDone(incrementer))
                .as("increment() while someone else holds the counter's lock must wait for that lock")
                .isNotEqualTo(Thread.State.TERMINATED);
        lock.release();
        spec.joinAll("increment() must proceed once the lock is free");
        assertThat(counter.value()).as("the one increment, after the lock came free").isEqualTo(1L);
        assertThat(lock.locked()).as("increment() must release the lock again").isFalse();
    }

    @Test
    @DisplayName("starts at 0")
    void startsAtZero() {
        assertThat(new SharedCounter(new PyRLock()).value()).as("a new counter").isZero();
    }

    /** Starts all threads at once behind a gate, so that they really contend. */
    static void hammer(SharedCounter counter, int threads, int each) {
        CountDownLatch gate = new CountDownLatch(1);
        Threads spec = new Threads();
        for (int t = 0; t < threads; t++) {
            spec.start("adder-" + t, () -> {
                Threads.await(gate);
                for (int i = 0; i < each; i++) {
                    counter.increment();
                    // A volatile write keeps the JIT from folding the loop into one big addition,
                    // which would hide a missing lock.
                    progress = i;
                }
            });
        }
        gate.countDown();
        spec.joinAll("every adder must finish");
    }
}
