package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ValueError;
import support.ThreadLeaks;

@DisplayName("Retries: 503 means try again later, after a growing pause")
@Tag("task-6")
class RetrySpec {
    static final Duration TEN_MS = Duration.ofMillis(10);

    /** Answers with 503 the first `failures` times a URL is asked for, then with `finalStatus`; counts the calls. */
    static final class Flaky implements Fetcher {
        final int failures;
        final int finalStatus;
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        Flaky(int failures, int finalStatus) {
            this.failures = failures;
            this.finalStatus = finalStatus;
        }

        @Override
        public CompletableFuture<Response> fetch(String url) {
            calls.add(url);
            int status = calls.size() <= failures ? 503 : finalStatus;
            return CompletableFuture.completedFuture(new Response(status, null, "attempt " + calls.size()));
        }
    }

    /** Records every pause asked for and ends it at once: no clock involved. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());

        @Override
        public CompletableFuture<Void> sleep(Duration delay) {
            delays.add(delay);
            return CompletableFuture.completedFuture(null);
        }
    }

    @Nested
    @DisplayName("RetryingFetcher")
    class Retrying {
        @Test
        @DisplayName("retries a 503 until it succeeds, pausing 10 ms, then 20 ms")
        void retriesUntilSuccess() throws Exception {
            Flaky flaky = new Flaky(2, 200);
            RecordingSleeper sleeper = new RecordingSleeper();
            Response response = new RetryingFetcher(flaky, 5, TEN_MS, Duration.ofSeconds(1), sleeper).fetch("http://h/x").get(5, TimeUnit.SECONDS);
            assertThat(response.status()).as("final status of a page that fails twice with 503").isEqualTo(200);
            assertThat(flaky.calls).as("requests sent").hasSize(3);
            assertThat(sleeper.delays).as("pauses asked for").containsExactly(TEN_MS, Duration.ofMillis(20));
        }

        @Test
        @DisplayName("gives up after maxAttempts requests in all and returns the last 503")
        void givesUp() throws Exception {
            Flaky flaky = new Flaky(100, 200);
            RecordingSleeper sleeper = new RecordingSleeper();
            Response response = new RetryingFetcher(flaky, 4, TEN_MS, Duration.ofSeconds(1), sleeper).fetch("http://h/x").get(5, TimeUnit.SECONDS);
            assertThat(response.status()).as("status after giving up").isEqualTo(503);
            assertThat(flaky.calls).as("requests sent with maxAttempts=4").hasSize(4);
            assertThat(sleeper.delays).as("pauses").containsExactly(TEN_MS, Duration.ofMillis(20), Duration.ofMillis(40));
        }

        @Test
        @DisplayName("doubles the pause up to maxDelay, then stays there")
        void capped() {
            RetryingFetcher fetcher = new RetryingFetcher(new Flaky(0, 200), 9, Duration.ofMillis(100), Duration.ofMillis(250), new RecordingSleeper());
            List<Duration> delays = new ArrayList<>();
            for (int retry = 1; retry <= 5; retry++) {
                delays.add(fetcher.delayBefore(retry));
            }
            assertThat(delays).as("delayBefore(1..5) with firstDelay 100 ms, maxDelay 250 ms").containsExactly(Duration.ofMillis(100),
                    Duration.ofMillis(200), Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250));
            assertThat(fetcher.delayBefore(10_000)).as("delayBefore(10000): no overflow").isEqualTo(Duration.ofMillis(250));
        }

        @Test
        @DisplayName("does not retry a 404, a 500 or an I/O error: only 503 promises that trying again may help")
        void onlyServiceUnavailable() throws Exception {
            for (int status : new int[] {404, 500, 200, 301}) {
                Flaky fetcher = new Flaky(0, status);
                new RetryingFetcher(fetcher, 5, TEN_MS, TEN_MS, new RecordingSleeper()).fetch("http://h/x").get(5, TimeUnit.SECONDS);
                assertThat(fetcher.calls).as("requests for a page answering %d", status).hasSize(1);
            }
            List<String> calls = new ArrayList<>();
            Fetcher broken = url -> {
                calls.add(url);
                return CompletableFuture.failedFuture(new IOException("reset"));
            };
            CompletableFuture<Response> result = new RetryingFetcher(broken, 5, TEN_MS, TEN_MS, new RecordingSleeper()).fetch("http://h/x");
            assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS),
                    "fetch('http://h/x').get() where every attempt fails with IOException('reset'): no retry, ExecutionException caused by it")
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
            assertThat(calls).as("requests for a page whose connection resets").hasSize(1);
        }

        @Test
        @DisplayName("waits for the sleeper before retrying, and never blocks the caller meanwhile")
        void waitsForTheSleeper() throws Exception {
            Flaky flaky = new Flaky(1, 200);
            CompletableFuture<Void> pause = new CompletableFuture<>();
            CompletableFuture<Response> response = new RetryingFetcher(flaky, 3, TEN_MS, TEN_MS, delay -> pause).fetch("http://h/x");
            assertThat(response).as("the fetch while its pause has not ended").isNotDone();
            assertThat(flaky.calls).as("requests sent before the pause ends").hasSize(1);
            pause.complete(null);
            assertThat(response.get(5, TimeUnit.SECONDS).status()).as("status once the pause ended").isEqualTo(200);
            assertThat(flaky.calls).as("requests sent in all").hasSize(2);
        }

        @Test
        @DisplayName("retryLaw: k failures and m attempts give min(k+1, m) requests and the doubling pauses between them")
        void retryLaw() {
            qt().withExamples(200).forAll(integers().between(0, 8), integers().between(1, 8), integers().between(0, 50)).checkAssert((k, m, first) -> {
                Flaky flaky = new Flaky(k, 200);
                RecordingSleeper sleeper = new RecordingSleeper();
                Duration firstDelay = Duration.ofMillis(first);
                Duration maxDelay = firstDelay.multipliedBy(5);
                Response response = new RetryingFetcher(flaky, m, firstDelay, maxDelay, sleeper).fetch("http://h/x").join();
                int requests = Math.min(k + 1, m);
                List<Duration> expected = new ArrayList<>();
                for (int retry = 1; retry < requests; retry++) {
                    Duration doubled = firstDelay.multipliedBy(1L << (retry - 1));
                    expected.add(doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled);
                }
                assertThat(flaky.calls).as("requests for k=%d failures, maxAttempts=%d", k, m).hasSize(requests);
                assertThat(sleeper.delays).as("pauses for k=%d, m=%d, firstDelay=%d ms", k, m, first).isEqualTo(expected);
                assertThat(response.status()).as("final status for k=%d, m=%d", k, m).isEqualTo(k < m ? 200 : 503);
            });
        }

        @Test
        @DisplayName("refuses maxAttempts < 1, a negative delay and maxDelay < firstDelay with ValueError")
        void badArguments() {
            Fetcher inner = new Flaky(0, 200);
            Sleeper sleeper = new RecordingSleeper();
            assertThatThrownBy(() -> new RetryingFetcher(inner, 0, TEN_MS, TEN_MS, sleeper),
                    "RetryingFetcher(inner, maxAttempts=0, 10 ms, 10 ms, sleeper): ValueError")
                    .isInstanceOf(ValueError.class);
            assertThatThrownBy(() -> new RetryingFetcher(inner, 3, Duration.ofMillis(-1), TEN_MS, sleeper),
                    "RetryingFetcher(inner, 3, firstDelay=-1 ms, 10 ms, sleeper): ValueError")
                    .isInstanceOf(ValueError.class);
            assertThatThrownBy(() -> new RetryingFetcher(inner, 3, TEN_MS, Duration.ofMillis(5), sleeper),
                    "RetryingFetcher(inner, 3, firstDelay=10 ms, maxDelay=5 ms, sleeper): ValueError")
                    .isInstanceOf(ValueError.class);
        }
    }

    @Nested
    @DisplayName("ScheduledSleeper")
    class Scheduled {
        @Test
        @DisplayName("completes each sleep later, on its timer thread, without blocking the caller")
        void completes() throws Exception {
            try (ScheduledSleeper sleeper = new ScheduledSleeper()) {
                sleeper.sleep(Duration.ZERO).get(5, TimeUnit.SECONDS);
                sleeper.sleep(Duration.ofMillis(20)).get(5, TimeUnit.SECONDS);
                assertThat(sleeper.sleep(Duration.ofHours(1))).as("a one-hour sleep right after it was asked for").isNotDone();
            }
        }

        @Test
        @DisplayName("close() cancels pending sleeps and ends its thread")
        void closeCancels() throws Exception {
            java.util.Set<Thread> before = ThreadLeaks.snapshot();
            ScheduledSleeper sleeper = new ScheduledSleeper();
            CompletableFuture<Void> hour = sleeper.sleep(Duration.ofHours(1));
            sleeper.close();
            assertThatThrownBy(() -> hour.get(5, TimeUnit.SECONDS), "a pending sleep after close()")
                    .isInstanceOf(CancellationException.class);
            assertThat(ThreadLeaks.stillRunning(before, thread -> false)).as("threads the sleeper started, still running after close()").isEmpty();
        }

        @Test
        @DisplayName("close() called from an interrupted thread hands the interrupt back to the caller instead of swallowing it")
        void closeKeepsTheInterrupt() throws InterruptedException {
            ScheduledSleeper sleeper = new ScheduledSleeper();
            Thread spec = Thread.currentThread();
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // The sleep's callback holds the timer thread, deaf to interrupts, so close() really has to wait for it.
            sleeper.sleep(Duration.ofSeconds(1)).thenRun(() -> {
                if (Thread.currentThread() != spec) {
                    busy.countDown();
                    awaitIgnoringInterrupts(release);
                }
            });
            assertThat(busy.await(5, TimeUnit.SECONDS)).as("the timer thread ran the callback of a 1 s sleep").isTrue();
            spec.interrupt();
            boolean stillInterrupted;
            try {
                sleeper.close();
            } finally {
                stillInterrupted = Thread.interrupted(); // reads and clears it: the next spec must not inherit it
                release.countDown();
            }
            assertThat(stillInterrupted).as("the interrupt flag after close() on an interrupted thread, while the timer "
                    + "thread was still busy (waiting for it was cut short, and the caller must learn that)").isTrue();
        }
    }

    static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await(5, TimeUnit.SECONDS);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
