package references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import support.Golden;

@Tag("task-3")
@DisplayName("The cycle collector")
class CycleCollectorSpec {

    /** a.other = b; b.other = a; then both names deleted. */
    private static List<PyObj> orphanedCycle(Heap heap) {
        PyObj a = heap.create("a");
        PyObj b = heap.create("b");
        heap.setAttr(a, "other", b);
        heap.setAttr(b, "other", a);
        heap.del("a");
        heap.del("b");
        return List.of(a, b);
    }

    @Nested
    @DisplayName("a reference cycle")
    class Cycles {
        @Test
        @Tag("task-2") // what leaks it is task 2's reference counting: the collector, task 3, is the cure
        @DisplayName("leaks under pure reference counting")
        void leaks() {
            Heap heap = new Heap();
            List<PyObj> cycle = orphanedCycle(heap);
            assertThat(cycle).as("a and b after del a; del b: each still holds the other, refcount 1")
                    .allSatisfy(obj -> assertThat(heap.isAlive(obj)).as("%s alive", obj.label()).isTrue());
            assertThat(heap.finalized()).as("__del__ calls before any collection").isEmpty();
        }

        @Test
        @DisplayName("is freed by collect(), which returns how many objects it freed")
        void collected() {
            Heap heap = new Heap();
            List<PyObj> cycle = orphanedCycle(heap);
            PyObj hanger = heap.create("hanger");
            heap.setAttr(cycle.get(0), "extra", hanger);
            heap.del("hanger");
            PyObj survivor = heap.create("survivor");
            heap.setAttr(cycle.get(1), "keep", survivor);
            assertThat(heap.collect()).as("gc.collect(): a, b and hanger (only the cycle refers to it)").isEqualTo(3);
            assertThat(heap.finalized()).as("finalized by the collection").containsExactlyInAnyOrder("a", "b", "hanger");
            assertThat(heap.isAlive(survivor)).as("survivor is still bound to a name").isTrue();
            assertThat(heap.refcount(survivor)).as("survivor's refcount once the garbage let go of it").isEqualTo(1);
            assertThat(heap.collect()).as("a second gc.collect() finds nothing").isZero();
        }

        @Test
        @DisplayName("that is still reachable from a name is left alone")
        void reachableCycleSurvives() {
            Heap heap = new Heap();
            PyObj root = heap.create("root");
            List<PyObj> cycle = orphanedCycle(heap);
            heap.setAttr(root, "ring", cycle.get(0));
            assertThat(heap.collect()).as("gc.collect() with root -> a <-> b").isZero();
            assertThat(cycle).allSatisfy(obj -> assertThat(heap.isAlive(obj)).as("%s alive", obj.label()).isTrue());
            heap.delAttr(root, "ring");
            assertThat(heap.collect()).as("gc.collect() after del root.ring").isEqualTo(2);
        }

        @Test
        @DisplayName("resurrected by a finalizer is not freed, and its finalizers never run again (PEP 442)")
        void resurrection() {
            Heap heap = new Heap();
            Finalizer resurrect = (h, self) -> h.bind("saved", self); // def __del__(self): global saved; saved = self
            PyObj a = heap.create("a", resurrect);
            PyObj b = heap.create("b");
            heap.setAttr(a, "other", b);
            heap.setAttr(b, "other", a);
            heap.del("a");
            heap.del("b");
            assertThat(heap.collect()).as("gc.collect() when a's __del__ stores a in a global: nothing freed").isZero();
            assertThat(heap.finalized()).as("both finalizers ran before the resurrection check").containsExactlyInAnyOrder("a", "b");
            assertThat(List.of(heap.isAlive(a), heap.isAlive(b))).as("a and b alive after the resurrection").containsExactly(true, true);
            heap.del("saved");
            assertThat(heap.collect()).as("gc.collect() after del saved").isEqualTo(2);
            assertThat(heap.finalized()).as("no finalizer ran twice").hasSize(2);
            assertThat(List.of(heap.isAlive(a), heap.isAlive(b))).as("a and b alive at the end").containsExactly(false, false);
        }
    }

    @Test
    @DisplayName("matches CPython on 300 recorded scripts with gc.collect() steps")
    void matchesCPython() {
        List<String> failures = new ArrayList<>();
        List<JsonObject> cases = Golden.cases("references", "heap.json");
        for (int n = 0; n < cases.size() && failures.size() < 3; n++) {
            String failure = HeapScript.replay(cases.get(n).getAsJsonArray("steps"), false);
            if (failure != null) {
                failures.add("script " + n + ":\n" + failure);
            }
        }
        assertThat(failures).as("refcounts, __del__ calls and gc.collect()'s count after each step").isEmpty();
    }

    // ---------------------------------------------------------------- property over random graphs

    /** A random object graph: node count, edges as (from, to) pairs, and which nodes keep a name. */
    record Graph(int nodes, List<Integer> edgeEnds, List<Integer> named) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < nodes; i++) {
                out.append("o").append(i).append(" = Obj(); ");
            }
            for (int e = 0; e + 1 < edgeEnds.size(); e += 2) {
                out.append("o").append(edgeEnds.get(e) % nodes).append(".r").append(e).append(" = o")
                        .append(edgeEnds.get(e + 1) % nodes).append("; ");
            }
            out.append("then del every name except ").append(named.stream().map(i -> "o" + i % nodes).distinct().toList());
            return out.toString();
        }
    }

    static Gen<Graph> graphs() {
        return integers().between(1, 12).zip(lists().of(integers().between(0, 99)).ofSizeBetween(0, 40),
                lists().of(integers().between(0, 99)).ofSizeBetween(0, 4), Graph::new);
    }

    @Test
    @DisplayName("freesExactlyTheUnreachable: after collect(), the freed objects are those no name can reach")
    void freesExactlyTheUnreachable() {
        qt().withExamples(300).forAll(graphs()).checkAssert(graph -> {
            Heap heap = new Heap();
            List<PyObj> objects = new ArrayList<>();
            for (int i = 0; i < graph.nodes(); i++) {
                objects.add(heap.create("o" + i));
            }
            List<List<Integer>> edges = new ArrayList<>();
            for (int i = 0; i < graph.nodes(); i++) {
                edges.add(new ArrayList<>());
            }
            for (int e = 0; e + 1 < graph.edgeEnds().size(); e += 2) {
                int from = graph.edgeEnds().get(e) % graph.nodes();
                int to = graph.edgeEnds().get(e + 1) % graph.nodes();
                heap.setAttr(objects.get(from), "r" + e, objects.get(to));
                edges.get(from).add(to);
            }
            Set<Integer> roots = new HashSet<>();
            graph.named().forEach(i -> roots.add(i % graph.nodes()));
            for (int i = 0; i < graph.nodes(); i++) {
                if (!roots.contains(i)) {
                    heap.del("o" + i);
                }
            }
            Set<Integer> reachable = bfs(roots, edges);
            long aliveBefore = objects.stream().filter(heap::isAlive).count();
            int freed = heap.collect();
            for (int i = 0; i < graph.nodes(); i++) {
                assertThat(heap.isAlive(objects.get(i)))
                        .as("is o%d alive after collect() in: %s (reachable from names: %s)", i, graph, reachable)
                        .isEqualTo(reachable.contains(i));
            }
            assertThat((long) freed).as("collect()'s count (objects alive before it, minus the reachable ones) in: %s", graph)
                    .isEqualTo(aliveBefore - reachable.size());
            List<String> finalized = heap.finalized();
            assertThat(finalized).as("each garbage object finalized exactly once in: %s", graph)
                    .doesNotHaveDuplicates().hasSize(graph.nodes() - reachable.size());
        });
    }

    /** The oracle: plain breadth-first search from the named objects. */
    private static Set<Integer> bfs(Set<Integer> roots, List<List<Integer>> edges) {
        Set<Integer> seen = new HashSet<>(roots);
        Deque<Integer> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            for (int next : edges.get(pending.poll())) {
                if (seen.add(next)) {
                    pending.add(next);
                }
            }
        }
        return seen;
    }
}
