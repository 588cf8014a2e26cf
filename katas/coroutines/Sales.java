package coroutines;

import java.util.List;
import java.util.Map;

/** The notes' sales example: a caller, a delegating generator and a sub-generator, joined by yield from. */
public final class Sales {
    private Sales() {
    }

    /** {@code sales_sum()}: receives sales by send() until None arrives, then returns their total and list. */
    public static Generator salesSum() {
        throw new UnsupportedOperationException("TODO(task 5): write sales_sum as a resumable body - see katas/coroutines/README.md#task-5");
    }

    /** {@code middle(key)}: forever {@code results[key] = yield from sales_sum()}. */
    public static Generator middle(String key, Map<String, SalesTotal> results) {
        throw new UnsupportedOperationException("TODO(task 5): write middle as a resumable body that delegates - see katas/coroutines/README.md#task-5");
    }

    /** The notes' {@code main()}: per key, prime a middle(), send every sale, then None; returns the totals in key order. */
    public static Map<String, SalesTotal> tally(Map<String, List<Integer>> dataSets) {
        throw new UnsupportedOperationException("TODO(task 5): drive one middle() per data set - see katas/coroutines/README.md#task-5");
    }
}
