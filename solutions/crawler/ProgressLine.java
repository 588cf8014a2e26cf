package crawler;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A progress line for long crawls, such as {@code fetched 120 · in flight 10 · queued 300 · errors 3 · depth 2}.
 * The crawler reports every change; this prints at most one line per {@code interval} (the first
 * report always prints), by the clock it is given, so a fast crawl does not drown its own output.
 * {@link #finish} always prints the final totals.
 */
public final class ProgressLine implements Consumer<CrawlStats> {
    private final Consumer<String> out;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private boolean printedBefore;
    private long lastPrinted;

    /** {@code nanoClock} is {@code System::nanoTime} in real use, a fake clock in specs. */
    public ProgressLine(Consumer<String> out, Duration interval, LongSupplier nanoClock) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The line for these stats. */
    public static String format(CrawlStats stats) {
        return "fetched " + stats.fetched() + " · in flight " + stats.inFlight() + " · queued " + stats.queued()
                + " · errors " + stats.errors() + " · depth " + stats.depth();
    }

    /** Prints the line if none was printed in the last interval. */
    @Override
    public synchronized void accept(CrawlStats stats) {
        long now = nanoClock.getAsLong();
        // Compare differences, never absolute nanoTime values: they may be negative or wrap.
        if (!printedBefore || now - lastPrinted >= intervalNanos) {
            printedBefore = true;
            lastPrinted = now;
            out.accept(format(stats));
        }
    }

    /** Prints the final line, {@code done: } and the totals, whatever the interval says. */
    public synchronized void finish(CrawlStats stats) {
        out.accept("done: " + format(stats));
    }
}
