package coroutines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notes' sales example: a caller, a delegating generator and a sub-generator, joined by yield from. */
public final class Sales {
    private Sales() {
    }

    /** {@code sales_sum()}: receives sales by send() until None arrives, then returns their total and list. */
    public static Generator salesSum() {
        return new Generator("sales_sum", frame -> {
            Map<String, Object> locals = frame.locals();
            if (frame.lasti() == -1) {
                locals.put("total", 0);
                locals.put("nums", new ArrayList<Integer>());
                return frame.yieldAt(1, null);
            }
            Integer sale = (Integer) frame.received();
            // None ends the stream; a sale of 0 is a sale (the notes' `if not x` stopped at it).
            if (sale == null) {
                return frame.returnValue(new SalesTotal((Integer) locals.get("total"), List.copyOf(nums(locals))));
            }
            locals.put("total", (Integer) locals.get("total") + sale);
            nums(locals).add(sale);
            return frame.yieldAt(1, null);
        });
    }

    /** {@code middle(key)}: forever {@code results[key] = yield from sales_sum()}. */
    public static Generator middle(String key, Map<String, SalesTotal> results) {
        return new Generator("middle", frame -> {
            if (frame.lasti() == 1) {
                results.put(key, (SalesTotal) frame.received());
            }
            return frame.yieldFrom(1, salesSum());
        });
    }

    /** The notes' {@code main()}: per key, prime a middle(), send every sale, then None; returns the totals in key order. */
    public static Map<String, SalesTotal> tally(Map<String, List<Integer>> dataSets) {
        Map<String, SalesTotal> results = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> entry : dataSets.entrySet()) {
            Generator middle = middle(entry.getKey(), results);
            middle.send(null);
            for (Integer sale : entry.getValue()) {
                middle.send(sale);
            }
            middle.send(null);
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> nums(Map<String, Object> locals) {
        return (List<Integer>) locals.get("nums");
    }
}
