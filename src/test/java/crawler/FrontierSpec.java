package crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import py.ValueError;

@DisplayName("Frontier: breadth-first order, each page once, at its shortest depth")
@Tag("task-4")
class FrontierSpec {
    static final String START = "http://h/";

    static String page(String name) {
        return "http://h/" + name;
    }

    @Nested
    @DisplayName("driven one page at a time")
    class Sequential {
        @Test
        @DisplayName("hands out the start page at depth 0, then nothing until it finishes")
        void start() {
            Frontier frontier = new Frontier(START, 3, 10);
            assertThat(frontier.next()).as("first next()").isEqualTo(new Visit(START, 0));
            assertThat(frontier.next()).as("next() while the start page is in flight and nothing else is known").isNull();
            assertThat(frontier.isDone()).as("isDone() with the start page in flight").isFalse();
            frontier.finished(new Visit(START, 0), List.of());
            assertThat(frontier.isDone()).as("isDone() once the start page finished with no links").isTrue();
        }

        @Test
        @DisplayName("hands pages out in first-in first-out order: a stack would go deep before finishing a level")
        void fifo() {
            Map<String, List<String>> links = Map.of(START, List.of(page("a"), page("b")),
                    page("a"), List.of(page("a1"), page("a2")), page("b"), List.of(page("b1")));
            assertThat(crawlSequentially(new Frontier(START, 5, 100), links)).as("order of next() for / -> a, b; a -> a1, a2; b -> b1")
                    .containsExactly(START, page("a"), page("b"), page("a1"), page("a2"), page("b1"));
        }

        @Test
        @DisplayName("queues a page once, however often and from wherever it is linked, the start page included")
        void dedupe() {
            Map<String, List<String>> links = Map.of(START, List.of(page("a"), page("a"), START),
                    page("a"), List.of(START, page("a"), page("b")), page("b"), List.of(page("a")));
            assertThat(crawlSequentially(new Frontier(START, 5, 100), links)).as("pages started for a graph full of repeats and cycles")
                    .containsExactly(START, page("a"), page("b"));
        }

        @Test
        @DisplayName("maxDepth is inclusive: depth 0 is the start page alone, depth 1 adds its links and no further")
        void depthLimit() {
            Map<String, List<String>> chain = Map.of(START, List.of(page("1")), page("1"), List.of(page("2")), page("2"), List.of(page("3")));
            assertThat(crawlSequentially(new Frontier(START, 0, 100), chain)).as("maxDepth=0").containsExactly(START);
            assertThat(crawlSequentially(new Frontier(START, 2, 100), chain)).as("maxDepth=2 on a chain / -> 1 -> 2 -> 3")
                    .containsExactly(START, page("1"), page("2"));
        }

        @Test
        @DisplayName("maxPages counts pages started: no more start, and the crawl is done when they finish")
        void pageLimit() {
            Map<String, List<String>> links = Map.of(START, List.of(page("a"), page("b"), page("c")));
            assertThat(crawlSequentially(new Frontier(START, 5, 3), links)).as("maxPages=3").containsExactly(START, page("a"), page("b"));
            assertThat(crawlSequentially(new Frontier(START, 5, 0), links)).as("maxPages=0").isEmpty();
            Frontier frontier = new Frontier(START, 5, 2);
            frontier.finished(frontier.next(), links.get(START));
            assertThat(frontier.queued()).as("queued() with 3 pages waiting and room for 1 more").isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("driven concurrently")
    class Concurrent {
        @Test
        @DisplayName("starts no depth-2 page while a depth-1 page is still in flight")
        void barrier() {
            Frontier frontier = new Frontier(START, 5, 100);
            frontier.finished(frontier.next(), List.of(page("slow"), page("fast")));
            Visit slow = frontier.next();
            Visit fast = frontier.next();
            frontier.finished(fast, List.of(page("deep")));
            assertThat(frontier.next()).as("next() with depth-2 'deep' queued while depth-1 'slow' is in flight").isNull();
            assertThat(frontier.isDone()).as("isDone() then").isFalse();
            frontier.finished(slow, List.of());
            assertThat(frontier.next()).as("next() once 'slow' finished").isEqualTo(new Visit(page("deep"), 2));
        }

        @Test
        @DisplayName("gives a page its shortest depth even when a long path finishes first, so its links stay within maxDepth=3")
        void shortestDepthWins() {
            // / -> A (slow), B; B -> C; C -> X; A -> X; X -> Y. X is at depth 2 through A (3 through B and C), Y at 3.
            Map<String, List<String>> links = Map.of(START, List.of(page("A"), page("B")), page("B"), List.of(page("C")),
                    page("C"), List.of(page("X")), page("A"), List.of(page("X")), page("X"), List.of(page("Y")));
            Frontier frontier = new Frontier(START, 3, 100);
            List<Visit> started = new ArrayList<>();
            Visit start = frontier.next();
            frontier.finished(start, links.get(START));
            Visit slowA = frontier.next();
            started.add(slowA);
            for (Visit v = frontier.next(); v != null; v = frontier.next()) { // everything that may run while A is slow
                started.add(v);
                frontier.finished(v, links.getOrDefault(v.url(), List.of()));
            }
            frontier.finished(slowA, links.get(page("A")));
            for (Visit v = frontier.next(); v != null; v = frontier.next()) {
                started.add(v);
                frontier.finished(v, links.getOrDefault(v.url(), List.of()));
            }
            assertThat(started).as("pages started while A was slow, then after it finished")
                    .contains(new Visit(page("X"), 2), new Visit(page("Y"), 3));
        }

        @Test
        @DisplayName("refuses to finish a page it never handed out, or twice")
        void refusesStrangers() {
            Frontier frontier = new Frontier(START, 1, 10);
            Visit start = frontier.next();
            assertThatThrownBy(() -> frontier.finished(new Visit(page("x"), 1), List.of()),
                    "frontier.finished(Visit(page('x'), 1), []) for a visit next() never handed out: ValueError")
                    .isInstanceOf(ValueError.class);
            frontier.finished(start, List.of());
            assertThatThrownBy(() -> frontier.finished(start, List.of()), "frontier.finished(start, []) a second time: ValueError")
                    .isInstanceOf(ValueError.class);
        }

        @Test
        @DisplayName("refuses negative limits with ValueError")
        void negativeLimits() {
            assertThatThrownBy(() -> new Frontier(START, -1, 10), "Frontier(START, maxDepth=-1, maxPages=10): ValueError")
                    .isInstanceOf(ValueError.class);
            assertThatThrownBy(() -> new Frontier(START, 1, -1), "Frontier(START, maxDepth=1, maxPages=-1): ValueError")
                    .isInstanceOf(ValueError.class);
        }
    }

    /** A random graph: node i links to the listed nodes (mod the size). */
    record Scenario(List<List<Integer>> graph, int concurrency, int maxDepth, int maxPages, long seed) {
    }

    static Gen<Scenario> scenarios() {
        Gen<List<List<Integer>>> graphs = lists().of(lists().of(integers().between(0, 60)).ofSizeBetween(0, 5)).ofSizeBetween(1, 40);
        return graphs.zip(integers().between(1, 8), integers().between(0, 6), integers().between(0, 50), integers().all(),
                (graph, concurrency, depth, pages, seed) -> new Scenario(graph, concurrency, depth, pages, seed));
    }

    @Test
    @DisplayName("startsTheBfsOracle: in any completion order, the pages started are a BFS of the graph, each at its BFS depth")
    void startsTheBfsOracle() {
        qt().withExamples(400).forAll(scenarios()).checkAssert(scenario -> {
            Map<String, Integer> started = crawlInRandomOrder(scenario);
            Map<String, Integer> oracle = bfs(scenario.graph(), scenario.maxDepth());
            assertThat(started.size()).as("pages started for %s (BFS finds %d within the depth)", scenario, oracle.size())
                    .isEqualTo(Math.min(scenario.maxPages(), oracle.size()));
            int deepest = started.values().stream().max(Integer::compare).orElse(0);
            for (Map.Entry<String, Integer> visit : started.entrySet()) {
                assertThat(visit.getValue()).as("depth of %s in %s", visit.getKey(), scenario).isEqualTo(oracle.get(visit.getKey()));
            }
            oracle.forEach((url, depth) -> {
                if (depth < deepest) {
                    assertThat(started).as("levels fill in order: %s (depth %d) with pages of depth %d started, in %s",
                            url, depth, deepest, scenario).containsKey(url);
                }
            });
        });
    }

    /** Starts up to `concurrency` pages, finishes a random one, repeats; returns url -> depth of every page started. */
    static Map<String, Integer> crawlInRandomOrder(Scenario scenario) {
        Frontier frontier = new Frontier(node(0), scenario.maxDepth(), scenario.maxPages());
        Random random = new Random(scenario.seed());
        List<Visit> inFlight = new ArrayList<>();
        Map<String, Integer> started = new LinkedHashMap<>();
        while (true) {
            for (Visit v; inFlight.size() < scenario.concurrency() && (v = frontier.next()) != null; ) {
                assertThat(started.put(v.url(), v.depth())).as("%s started twice in %s", v.url(), scenario).isNull();
                inFlight.add(v);
            }
            if (inFlight.isEmpty()) {
                assertThat(frontier.isDone()).as("isDone() with nothing in flight and next() == null, in %s", scenario).isTrue();
                return started;
            }
            Visit done = inFlight.remove(random.nextInt(inFlight.size()));
            int id = Integer.parseInt(done.url().substring("http://h/n".length()));
            frontier.finished(done, scenario.graph().get(id).stream().map(to -> node(to % scenario.graph().size())).toList());
        }
    }

    static Map<String, Integer> bfs(List<List<Integer>> graph, int maxDepth) {
        Map<String, Integer> depth = new HashMap<>(Map.of(node(0), 0));
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            int id = queue.poll();
            int d = depth.get(node(id));
            for (int to : graph.get(id)) {
                if (d < maxDepth && depth.putIfAbsent(node(to % graph.size()), d + 1) == null) {
                    queue.add(to % graph.size());
                }
            }
        }
        return depth;
    }

    static String node(int id) {
        return "http://h/n" + id;
    }

    /** Next, finish, next, finish: the order in which pages start. */
    static List<String> crawlSequentially(Frontier frontier, Map<String, List<String>> links) {
        List<String> order = new ArrayList<>();
        for (Visit v = frontier.next(); v != null; v = frontier.next()) {
            order.add(v.url());
            frontier.finished(v, links.getOrDefault(v.url(), List.of()));
        }
        return order;
    }
}
