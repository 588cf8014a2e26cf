package crawler;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import py.RuntimeError;

/**
 * A real-time {@link Sleeper}: one timer thread completes each sleep's future when it is due, the
 * way asyncio's {@code call_later} does, so a thousand sleeping retries cost no thread each.
 */
public final class ScheduledSleeper implements Sleeper, AutoCloseable {
    private final ScheduledExecutorService timer;
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();

    public ScheduledSleeper() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, body -> {
            Thread thread = new Thread(body, "crawler-sleeper");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.timer = executor;
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        CompletableFuture<Void> wakeUp = new CompletableFuture<>();
        pending.add(wakeUp);
        wakeUp.whenComplete((ignored, error) -> pending.remove(wakeUp));
        try {
            timer.schedule(() -> wakeUp.complete(null), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            wakeUp.completeExceptionally(new RuntimeError("sleep() on a closed ScheduledSleeper"));
        }
        return wakeUp;
    }

    /** Ends the timer thread; sleeps still pending are cancelled (their futures fail with CancellationException). */
    @Override
    public void close() {
        timer.shutdownNow();
        for (CompletableFuture<Void> wakeUp : pending) {
            wakeUp.cancel(false);
        }
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
