package asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import py.CancelledError;

@DisplayName("Laws of the loop, checked on random programs")
class LawsSpec {

    /** A random node: how long it sleeps, which earlier nodes it awaits first, and when (if ever) it is cancelled. */
    record Node(int halfSeconds, List<Integer> deps, int cancelAt) {
        @Override
        public String toString() {
            return "sleep " + halfSeconds / 2.0 + " s after awaiting " + deps + (cancelAt > 0 ? ", cancelled at " + cancelAt / 2.0 + " s" : "");
        }
    }

    static Gen<List<Node>> graphs(boolean withCancels) {
        Gen<Node> node = integers().between(0, 6).zip(lists().of(integers().between(0, 30)).ofSizeBetween(0, 3),
                integers().between(-8, 12), (d, deps, c) -> new Node(d, deps, withCancels ? c : 0));
        return lists().of(node).ofSizeBetween(1, 12).map(nodes -> {
            // Keep it acyclic: a node only awaits nodes listed before it.
            List<Node> fixed = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                int n = i;
                fixed.add(new Node(nodes.get(i).halfSeconds(),
                        n == 0 ? List.of() : nodes.get(i).deps().stream().map(d -> d % n).distinct().toList(),
                        nodes.get(i).cancelAt()));
            }
            return fixed;
        });
    }

    @Test
    @Tag("task-1")
    @DisplayName("callbacks fire in (time, sequence) order for random sets of call_soon and call_later")
    void timersFireInTimeThenSequenceOrder() {
        qt().withExamples(150).forAll(lists().of(integers().between(-1, 6)).ofSizeBetween(0, 40)).checkAssert(delays -> {
            EventLoop loop = new EventLoop(true);
            List<Integer> fired = new ArrayList<>();
            for (int i = 0; i < delays.size(); i++) {
                int id = i;
                if (delays.get(i) < 0) {
                    loop.callSoon(() -> fired.add(id));
                } else {
                    loop.callLater(delays.get(i) / 2.0, () -> fired.add(id));
                }
            }
            loop.callLater(10, loop::stop);
            loop.runForever();
            loop.close();
            // call_soon ones first, in order; then timers by due time, ties in scheduling order.
            List<Integer> expected = IntStream.range(0, delays.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> delays.get(i) < 0 ? -1 : 0)
                            .thenComparingInt(i -> Math.max(delays.get(i), 0)).thenComparingInt(i -> i))
                    .toList();
            assertThat(fired).as("firing order for delays (in half seconds, -1 = call_soon) " + delays).isEqualTo(expected);
        });
    }

    @Test
    @Tag("task-4")
    @DisplayName("in random task graphs with cancellations every future ends done and no done callback runs twice")
    void everyFutureEndsDoneOnce() {
        qt().withExamples(60).forAll(graphs(true)).checkAssert(nodes -> {
            EventLoop loop = new EventLoop(true);
            List<Task<Integer>> tasks = new ArrayList<>();
            int[] calls = new int[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                int id = i;
                Task<Integer> t = loop.createTask(() -> {
                    for (int d : n.deps()) {
                        try {
                            Coroutine.await(tasks.get(d));
                        } catch (CancelledError e) {
                            throw e;
                        } catch (RuntimeException ignored) {
                            // A failed dependency is not our failure.
                        }
                    }
                    Asyncio.sleep(n.halfSeconds() / 2.0);
                    return id;
                });
                t.addDoneCallback(f -> calls[id]++);
                tasks.add(t);
                if (n.cancelAt() > 0) {
                    loop.callLater(n.cancelAt() / 2.0, t::cancel);
                }
            }
            loop.callLater(100, loop::stop);
            loop.runForever();
            loop.close();
            for (int i = 0; i < nodes.size(); i++) {
                assertThat(tasks.get(i).done()).as("task " + i + " of " + nodes + " is done").isTrue();
                assertThat(calls[i]).as("done callbacks of task " + i + " of " + nodes).isEqualTo(1);
            }
        });
    }

    @Test
    @Tag("task-5")
    @DisplayName("on the virtual clock, elapsed time equals the critical path of a random task graph")
    void elapsedTimeIsCriticalPath() {
        qt().withExamples(60).forAll(graphs(false)).checkAssert(nodes -> {
            EventLoop loop = new EventLoop(true);
            List<Task<Double>> tasks = new ArrayList<>();
            double[] model = new double[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                model[i] = n.deps().stream().mapToDouble(d -> model[d]).max().orElse(0) + n.halfSeconds() / 2.0;
                tasks.add(loop.createTask(() -> {
                    for (int d : n.deps()) {
                        Coroutine.await(tasks.get(d));
                    }
                    Asyncio.sleep(n.halfSeconds() / 2.0);
                    return loop.time();
                }));
            }
            List<Object> finished = loop.runUntilComplete(Asyncio.gather(false, tasks.toArray(new Future<?>[0])));
            double elapsed = loop.time();
            loop.close();
            List<Object> expected = new ArrayList<>();
            for (double m : model) {
                expected.add(m);
            }
            assertThat(finished).as("finish time of each task of " + nodes).isEqualTo(expected);
            assertThat(elapsed).as("elapsed virtual time of " + nodes).isEqualTo(IntStream.range(0, model.length).mapToDouble(i -> model[i]).max().orElse(0));
        });
    }
}
