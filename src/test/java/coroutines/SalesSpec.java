package coroutines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static support.Raised.raised;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.StopIteration;

@DisplayName("The notes' sales example: caller, delegating generator and sub-generator")
@Tag("task-5")
class SalesSpec {

    @Test
    @DisplayName("gives the notes' totals for keyboards, headphones and mice, in key order")
    void notesTotals() {
        Map<String, List<Integer>> data = new LinkedHashMap<>();
        data.put("键盘销量", List.of(500, 400, 300));
        data.put("耳机销量", List.of(300, 200, 500));
        data.put("鼠标销量", List.of(500, 600, 700));
        Map<String, SalesTotal> totals = Sales.tally(data);
        assertThat(totals).as("final_result").containsExactly(
                Map.entry("键盘销量", new SalesTotal(1200, List.of(500, 400, 300))),
                Map.entry("耳机销量", new SalesTotal(1000, List.of(300, 200, 500))),
                Map.entry("鼠标销量", new SalesTotal(1800, List.of(500, 600, 700))));
    }

    @Test
    @DisplayName("counts a sale of 0 instead of ending the stream early (the notes' `if not x` bug)")
    void zeroSale() {
        Map<String, List<Integer>> data = Map.of("widgets", List.of(500, 0, 300));
        assertThat(Sales.tally(data).get("widgets")).as("tally of [500, 0, 300]; `if not x` would give (500, [500])")
                .isEqualTo(new SalesTotal(800, List.of(500, 0, 300)));
    }

    @Test
    @DisplayName("sales_sum returns (total, sales) in StopIteration when None arrives")
    void salesSumReturns() {
        Generator sum = Sales.salesSum();
        assertThat(sum.send(null)).as("priming sales_sum yields None").isNull();
        sum.send(2);
        sum.send(0);
        sum.send(5);
        StopIteration stop = raised(StopIteration.class,
                "sum.send(None) after sending 2, 0, 5: sales_sum returns, so CPython raises StopIteration", () -> sum.send(null));
        assertThat(stop.value()).as("StopIteration.value of that send: the SalesTotal (total, sales) that sales_sum returned")
                .isEqualTo(new SalesTotal(7, List.of(2, 0, 5)));
    }

    @Test
    @DisplayName("middle stores each finished sales_sum under its key and starts the next one")
    void middleLoops() {
        Map<String, SalesTotal> results = new LinkedHashMap<>();
        Generator middle = Sales.middle("k", results);
        middle.send(null);
        assertThat(middle.giYieldfrom()).as("after priming, middle is delegating to a sales_sum").isInstanceOf(Generator.class);
        middle.send(1);
        middle.send(null);
        assertThat(results).as("results after the first round").containsEntry("k", new SalesTotal(1, List.of(1)));
        middle.send(4);
        middle.send(null);
        assertThat(results).as("results after a second round replace the first").containsEntry("k", new SalesTotal(4, List.of(4)));
        assertThat(middle.state()).as("middle loops forever").isEqualTo(GenState.GEN_SUSPENDED);
    }

    @Test
    @DisplayName("tallyAddsUpEverySale: for random sales (zeros included), the total is their sum and the list is kept")
    void tallyAddsUpEverySale() {
        qt().forAll(lists().of(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 12)).ofSizeBetween(1, 5)).checkAssert(sets -> {
            Map<String, List<Integer>> data = new LinkedHashMap<>();
            for (int i = 0; i < sets.size(); i++) {
                data.put("product" + i, sets.get(i));
            }
            Map<String, SalesTotal> totals = Sales.tally(data);
            assertThat(totals.keySet()).as("keys of the result, in order").containsExactlyElementsOf(data.keySet());
            data.forEach((key, sales) -> assertThat(totals.get(key)).as("tally of %s", sales)
                    .isEqualTo(new SalesTotal(sales.stream().mapToInt(Integer::intValue).sum(), sales)));
        });
    }
}
