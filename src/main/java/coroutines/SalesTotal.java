package coroutines;

import java.util.List;

/** What the notes' {@code sales_sum} returns: the total and every sale, in order. */
public record SalesTotal(int total, List<Integer> sales) {
}
