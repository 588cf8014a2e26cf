package crawler;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A progress line for long crawls, such as {@code fetched 120 · in flight 10 · queued 300 · errors 3 · depth 2}.
 * The crawler reports every change; this prints at most one line per {@code interval} (the first
 * report always prints), by the clock it is given. {@link #finish} always prints the final totals.
 */
public final class ProgressLine implements Consumer<CrawlStats> {

    /** {@code nanoClock} is {@code System::nanoTime} in real use, a fake clock in specs. */
    public ProgressLine(Consumer<String> out, Duration interval, LongSupplier nanoClock) {
        throw new UnsupportedOperationException("TODO(task 9): remember where to print, how often, and the clock - see katas/crawler/README.md#task-9");
    }

    /** The line for these stats. */
    public static String format(CrawlStats stats) {
        throw new UnsupportedOperationException("TODO(task 9): the progress line for these stats - see katas/crawler/README.md#task-9");
    }

    /** Prints the line if none was printed in the last interval. */
    @Override
    public void accept(CrawlStats stats) {
        throw new UnsupportedOperationException("TODO(task 9): print, at most once per interval - see katas/crawler/README.md#task-9");
    }

    /** Prints the final line, {@code done: } and the totals, whatever the interval says. */
    public void finish(CrawlStats stats) {
        throw new UnsupportedOperationException("TODO(task 9): print the final totals - see katas/crawler/README.md#task-9");
    }
}
