package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ValueError;

@DisplayName("Semaphore, BoundedSemaphore and the throttled crawler")
@Tag("task-7")
class SemaphoreSpec {

    @Nested
    @DisplayName("a Semaphore")
    class Plain {
        @Test
        @DisplayName("hands out exactly its initial value of units, then says no")
        void countsUnits() {
            PySemaphore sem = new PySemaphore(2);
            assertThat(sem.acquire(false, -1)).as("first acquire of Semaphore(2)").isTrue();
            assertThat(sem.acquire(false, -1)).as("second acquire of Semaphore(2)").isTrue();
            assertThat(sem.acquire(false, -1)).as("third non-blocking acquire of Semaphore(2)").isFalse();
            assertThat(sem.acquire(true, 0.01)).as("acquire(timeout=0.01) with no unit left").isFalse();
            sem.release();
            assertThat(sem.acquire(false, -1)).as("acquire after one release").isTrue();
        }

        @Test
        @DisplayName("acquire() returns True; a negative timeout has already run out, so it never waits")
        void negativeTimeout() {
            PySemaphore sem = new PySemaphore(1);
            assertThat(sem.acquire(true, -2)).as("Semaphore(1).acquire(timeout=-2): a unit is there, take it").isTrue();
            assertThat(sem.acquire(true, -2)).as("acquire(timeout=-2) with no unit left: False at once, not a wait forever")
                    .isFalse();
            sem.release();
            assertThat(sem.acquire()).as("sem.acquire() after the release").isTrue();
        }

        @Test
        @DisplayName("blocks acquire() at zero until another thread releases")
        void blocksAtZero() {
            PySemaphore sem = new PySemaphore(0);
            Threads spec = new Threads();
            Thread taker = spec.start("taker", sem::acquire);
            assertThat(Threads.parkedOrDone(taker)).as("acquire() on Semaphore(0) must block").isNotEqualTo(Thread.State.TERMINATED);
            sem.release();
            spec.joinAll("release() must let the blocked acquire() through");
        }

        @Test
        @DisplayName("release(n) adds n units; a plain Semaphore may grow past its start value")
        void releaseMany() {
            PySemaphore sem = new PySemaphore(0);
            sem.release(3);
            int got = 0;
            while (sem.acquire(false, -1)) {
                got++;
            }
            assertThat(got).as("units after Semaphore(0).release(3)").isEqualTo(3);
            assertThatThrownBy(() -> sem.release(0), "sem.release(0): CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("n must be one or more");
        }

        @Test
        @DisplayName("refuses a negative start: ValueError semaphore initial value must be >= 0")
        void negativeStart() {
            assertThatThrownBy(() -> new PySemaphore(-1), "Semaphore(-1): CPython raises ValueError").isInstanceOf(ValueError.class)
                    .hasMessage("semaphore initial value must be >= 0");
            assertThatThrownBy(() -> new PyBoundedSemaphore(-1), "BoundedSemaphore(-1): CPython raises ValueError")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("semaphore initial value must be >= 0");
        }

        @Test
        @DisplayName("refuses a timeout on a non-blocking acquire")
        void nonBlockingTimeout() {
            assertThatThrownBy(() -> new PySemaphore(1).acquire(false, 1),
                    "Semaphore(1).acquire(blocking=False, timeout=1): CPython raises ValueError").isInstanceOf(ValueError.class)
                    .hasMessage("can't specify timeout for non-blocking acquire");
        }
    }

    @Test
    @DisplayName("a BoundedSemaphore raises ValueError: Semaphore released too many times")
    void bounded() {
        PySemaphore sem = new PyBoundedSemaphore(2);
        assertThatThrownBy(sem::release, "BoundedSemaphore(2).release() before any acquire(): CPython raises ValueError")
                .isInstanceOf(ValueError.class).hasMessage("Semaphore released too many times");
        sem.acquire();
        assertThatThrownBy(() -> sem.release(2), "one unit out, two given back").isInstanceOf(ValueError.class)
                .hasMessage("Semaphore released too many times");
        sem.release();
        assertThat(sem.acquire(false, -1) && sem.acquire(false, -1) && !sem.acquire(false, -1))
                .as("after the refused release(2) the semaphore still holds exactly 2 units").isTrue();
    }

    @Nested
    @DisplayName("the throttled crawler")
    class Crawler {
        @Test
        @DisplayName("runs every page exactly once, with peak concurrency equal to K under load")
        void peakIsK() {
            for (int k = 1; k <= 3; k++) {
                assertThat(peakConcurrency(k, 4 * k + 1)).as("peak in-flight pages for Semaphore(%d)", k).isEqualTo(k);
            }
        }

        @Test
        @DisplayName("property: peak concurrency never exceeds K (crawlerNeverExceedsK)")
        void crawlerNeverExceedsK() {
            qt().withExamples(10).forAll(integers().between(1, 4), integers().between(0, 12)).checkAssert((k, pages) -> {
                AtomicInteger inFlight = new AtomicInteger();
                AtomicInteger peak = new AtomicInteger();
                AtomicInteger ran = new AtomicInteger();
                List<Runnable> jobs = new ArrayList<>();
                for (int i = 0; i < pages; i++) {
                    jobs.add(() -> {
                        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        Thread.yield();
                        ran.incrementAndGet();
                        inFlight.decrementAndGet();
                    });
                }
                new ThrottledCrawler(new PySemaphore(k)).crawl(jobs);
                assertThat(ran.get()).as("pages run by crawl(%d pages)", pages).isEqualTo(pages);
                assertThat(peak.get()).as("peak with Semaphore(%d)", k).isLessThanOrEqualTo(k);
            });
        }
    }

    /**
     * Every page holds its slot until the spec has seen K pages in flight and given a stray page
     * the chance to sneak in; so a crawler that releases in the producer shows a peak above K.
     */
    static int peakConcurrency(int k, int pages) {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger exitTickets = new AtomicInteger();
        List<Runnable> jobs = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            jobs.add(() -> {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Threads.awaitTrue("the spec to let a page finish", () -> exitTickets.getAndUpdate(t -> t > 0 ? t - 1 : t) > 0);
                ran.incrementAndGet();
                inFlight.decrementAndGet();
            });
        }
        Threads spec = new Threads();
        spec.start("crawl", () -> new ThrottledCrawler(new PySemaphore(k)).crawl(jobs));
        for (int finished = 0; finished < pages; finished++) {
            int done = finished;
            int expectedNow = Math.min(k, pages - finished);
            Threads.awaitTrue(expectedNow + " pages in flight", () -> inFlight.get() >= expectedNow);
            Threads.sleep(5);
            exitTickets.incrementAndGet();
            Threads.awaitTrue("a page to finish", () -> ran.get() > done);
        }
        spec.joinAll("crawl() must return after the last page");
        assertThat(ran.get()).as("pages run").isEqualTo(pages);
        return peak.get();
    }
}
