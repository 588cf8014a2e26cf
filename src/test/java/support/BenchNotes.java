package support;

/**
 * How a benchmark puts one of its figures next to the notes' own, for the summary at the top of
 * {@code target/bench/report.md}. The benchmark prints a marked line; {@code harness.BenchRunner}
 * lifts every such line out of the benchmark's section into one table. A line, not a shared list,
 * because the runner loads each benchmark through a class loader of its own.
 */
public final class BenchNotes {
    /** The prefix of a summary line: experiment, the notes' figure and ours, separated by tabs. */
    public static final String MARK = "@notes\t";

    private BenchNotes() {
    }

    /** Prints one summary row: what was measured, what the notes printed, what this machine gives. */
    public static void row(String experiment, String notesFigure, String hereFigure) {
        System.out.println(MARK + experiment + "\t" + notesFigure + "\t" + hereFigure);
    }

    /** Something to time. */
    public interface Body {
        void run() throws Exception;
    }

    /** Wall time of one run of the body, in milliseconds. Benchmarks only: specs never read the clock. */
    public static double millis(Body body) throws Exception {
        long start = System.nanoTime();
        body.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
