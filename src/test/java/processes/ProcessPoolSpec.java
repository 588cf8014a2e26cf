package processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import py.RuntimeError;
import py.TimeoutError;
import py.ValueError;

@DisplayName("ProcessPool, like multiprocessing.Pool, with child JVMs")
@Tag("task-2")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessPoolSpec {

    @Nested
    @DisplayName("a running pool of 2")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Running {
        private ProcessPool started;

        /** One pool for these tests (child JVMs are slow to start), created by the first test that needs it. */
        ProcessPool pool() {
            if (started == null) {
                started = new ProcessPool(2);
            }
            return started;
        }

        @AfterAll
        void stopPool() {
            if (started != null) {
                started.terminate();
                started.join();
            }
        }

        @Test
        @DisplayName("runs apply_async tasks in its child processes, not in this JVM")
        void runsInChildren() {
            long me = ProcessHandle.current().pid();
            AsyncResult<Long> result = pool().applyAsync(ignored -> ProcessHandle.current().pid(), 0);
            long ranIn = result.get();
            assertThat(ranIn).as("pid the task saw (this JVM is %d)", me).isNotEqualTo(me);
            assertThat(pool().pids()).as("pool.pids() must list the child that ran the task").contains(ranIn).hasSize(2);
            assertThat(result.ready()).as("ready() after get()").isTrue();
            assertThat(result.successful()).as("successful() of a task that returned").isTrue();
        }

        @Test
        @DisplayName("map() returns results in item order")
        void mapKeepsOrder() {
            assertThat(pool().map(x -> x * 10, List.of(3, 1, 2))).as("pool.map(x*10, [3, 1, 2])").containsExactly(30, 10, 20);
        }

        @Test
        @DisplayName("property: map(f, xs) equals [f(x) for x in xs] (mapIsOrderedApply)")
        void mapIsOrderedApply() {
            qt().withExamples(10).forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(0, 12)).checkAssert(xs ->
                    assertThat(pool().map(x -> x * x - 1, xs)).as("pool.map(x*x-1, %s)", xs)
                            .containsExactlyElementsOf(xs.stream().map(x -> x * x - 1).toList()));
        }

        @Test
        @DisplayName("imap() is lazy: it yields the first result while a later task is still running")
        void imapIsLazyAndOrdered() {
            Path gate = ChildProbe.newGate();
            String gatePath = gate.toString();
            Iterator<Integer> results = pool().imap(x -> {
                if (x == 2) {
                    ChildProbe.waitFor(gatePath);
                }
                return x + 100;
            }, List.of(1, 2, 3));
            try {
                assertThat(nextWithin(results, "imap must hand out result 1 before task 2 (still blocked) is done"))
                        .isEqualTo(101);
            } finally {
                ChildProbe.open(gate);
            }
            List<Integer> rest = new ArrayList<>();
            results.forEachRemaining(rest::add);
            assertThat(rest).as("the remaining imap results, in order").containsExactly(102, 103);
        }

        @Test
        @DisplayName("imap_unordered() yields results in completion order")
        void imapUnorderedInCompletionOrder() {
            Path gate = ChildProbe.newGate();
            String gatePath = gate.toString();
            Iterator<String> results = pool().imapUnordered(x -> {
                if (x.equals("slow")) {
                    ChildProbe.waitFor(gatePath);
                }
                return x;
            }, List.of("slow", "fast"));
            try {
                assertThat(nextWithin(results, "imap_unordered must yield the task that finished first"))
                        .as("first result while 'slow' is blocked").isEqualTo("fast");
            } finally {
                ChildProbe.open(gate);
            }
            assertThat(results.next()).isEqualTo("slow");
            assertThat(results.hasNext()).as("after both results").isFalse();
        }

        @Test
        @DisplayName("get(timeout) raises TimeoutError while the task runs, and returns the value once it is done")
        void getWithTimeout() {
            Path gate = ChildProbe.newGate();
            String gatePath = gate.toString();
            AsyncResult<String> slow = pool().applyAsync(x -> {
                ChildProbe.waitFor(gatePath);
                return x + " done";
            }, "slow");
            try {
                assertThatThrownBy(() -> slow.get(0), "r.get(timeout=0) while the task runs: 0 means do not wait")
                        .isInstanceOf(TimeoutError.class);
                assertThatThrownBy(() -> slow.get(0.05), "r.get(timeout=0.05) while the task waits for its gate")
                        .isInstanceOf(TimeoutError.class);
                assertThat(slow.ready()).as("r.ready() while the task runs").isFalse();
            } finally {
                ChildProbe.open(gate);
            }
            assertThat(slow.get(20)).as("r.get(timeout=20) once the gate is open").isEqualTo("slow done");
            assertThat(slow.ready()).as("r.ready() after the result came").isTrue();
        }

        @Test
        @DisplayName("imap_unordered() raises a task's exception when its turn comes, and goes on with the rest")
        void imapUnorderedRaises() {
            Iterator<Integer> results = pool().imapUnordered(x -> {
                if (x == 2) {
                    throw new ValueError("two is right out");
                }
                return x;
            }, List.of(1, 2));
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                try {
                    outcomes.add(String.valueOf(nextWithin(results, "imap_unordered must hand out every task's outcome, a failure too")));
                } catch (AssertionError wrapped) {
                    if (!(wrapped.getCause() instanceof ValueError raised)) {
                        throw wrapped;
                    }
                    outcomes.add("ValueError: " + raised.getMessage());
                }
            }
            assertThat(outcomes).as("outcomes of imap_unordered over a task that returns 1 and one that raises")
                    .containsExactlyInAnyOrder("1", "ValueError: two is right out");
        }

        @Test
        @DisplayName("raises the task's exception from get(), with its type and message")
        void exceptionsCrossTheProcessBoundary() {
            AsyncResult<Integer> result = pool().applyAsync(x -> {
                throw new ValueError("invalid literal for int() with base 10: '" + x + "'");
            }, "abc");
            assertThatThrownBy(result::get,
                    "r.get() where the task raised ValueError in the child: CPython raises the same ValueError in the parent")
                    .isInstanceOf(ValueError.class)
                    .hasMessage("invalid literal for int() with base 10: 'abc'");
            assertThat(result.successful()).as("successful() of a task that raised").isFalse();
            assertThat(pool().applyAsync(x -> x + 1, 1).get()).as("the pool keeps working after a task raised").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("replaces a worker that crashed: its task fails with a clear error, the next task runs")
    void crashedWorkerIsReplaced() {
        ProcessPool pool = new ProcessPool(1);
        try {
            long before = pool.pids().get(0);
            AsyncResult<Object> crash = pool.applyAsync(code -> {
                Runtime.getRuntime().halt(code);
                return null;
            }, 3);
            assertThatThrownBy(crash::get, "r.get() where the child died with exit code 3 while running the task: RuntimeError")
                    .isInstanceOf(RuntimeError.class)
                    .hasMessageContaining("died while running the task").hasMessageContaining("exit code 3");
            assertThat(pool.applyAsync(x -> x * 2, 21).get()).as("a task after the crash runs on a new worker").isEqualTo(42);
            assertThat(ChildProbe.goneSoon(before)).as("the crashed child %d is reaped", before).isTrue();
            assertThat(pool.pids()).as("pool.pids() after the replacement").hasSize(1).doesNotContain(before);
        } finally {
            pool.close();
            pool.join();
        }
    }

    @Test
    @DisplayName("close() then join() runs the queued tasks and leaves no child process behind")
    void closeJoinLeavesNoOrphans() {
        ProcessPool pool = new ProcessPool(2);
        List<Long> children = pool.pids();
        List<AsyncResult<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.applyAsync(x -> x * x, i));
        }
        pool.close();
        assertThatThrownBy(() -> pool.applyAsync(x -> x, 1), "apply_async after close()")
                .isInstanceOf(ValueError.class).hasMessage("Pool not running");
        pool.join();
        assertThat(results).as("after close() and join() every result is ready: join() waited for the workers")
                .allMatch(AsyncResult::ready);
        assertThat(results.stream().map(AsyncResult::get).toList()).as("tasks queued before close() still run")
                .containsExactly(0, 1, 4, 9, 16, 25);
        assertThat(children).as("child pids after close() and join()").hasSize(2).allMatch(ChildProbe::goneSoon);
    }

    @Test
    @DisplayName("terminate() kills busy children at once: no orphans, and the running task fails")
    void terminateKillsChildren() {
        ProcessPool pool = new ProcessPool(2);
        List<Long> children = pool.pids();
        Path gate = ChildProbe.newGate();
        String gatePath = gate.toString();
        String startedPath = gate.resolveSibling("started").toString();
        AsyncResult<Integer> stuck = pool.applyAsync(x -> {
            java.nio.file.Files.writeString(Path.of(startedPath), "running");
            ChildProbe.waitFor(gatePath);
            return x;
        }, 1);
        String secondStartedPath = gate.resolveSibling("second-started").toString();
        AsyncResult<Integer> alsoStuck = pool.applyAsync(x -> {
            java.nio.file.Files.writeString(Path.of(secondStartedPath), "running");
            ChildProbe.waitFor(gatePath);
            return x;
        }, 2);
        try {
            // Only terminate once both children are really busy, so that a third task must wait in the queue.
            ChildProbe.waitFor(startedPath);
            ChildProbe.waitFor(secondStartedPath);
            AsyncResult<Integer> queued = pool.applyAsync(x -> x, 3);
            pool.terminate();
            pool.join();
            assertThat(children).as("children after terminate() while both were busy").allMatch(ChildProbe::goneSoon);
            assertThatThrownBy(stuck::get, "the task the killed child was running").isInstanceOf(RuntimeError.class);
            assertThatThrownBy(alsoStuck::get, "the task the other killed child was running").isInstanceOf(RuntimeError.class);
            assertThatThrownBy(queued::get, "a task still queued when terminate() came").isInstanceOf(RuntimeError.class)
                    .hasMessage("pool terminated before the task ran");
        } finally {
            ChildProbe.open(gate);
        }
    }

    @Test
    @DisplayName("refuses join() while running and a pool of 0 processes, with Python's ValueErrors")
    void errors() {
        assertThatThrownBy(() -> new ProcessPool(0), "Pool(0): CPython raises ValueError").isInstanceOf(ValueError.class)
                .hasMessage("Number of processes must be at least 1");
        ProcessPool pool = new ProcessPool(1);
        try {
            assertThatThrownBy(pool::join, "pool.join() while the pool is still running: CPython raises ValueError")
                    .isInstanceOf(ValueError.class).hasMessage("Pool is still running");
        } finally {
            pool.close();
            pool.join();
        }
    }

    static <T> T nextWithin(Iterator<T> iterator, String what) {
        AtomicReference<T> next = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread taker = new Thread(() -> {
            try {
                next.set(iterator.next());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        taker.setDaemon(true);
        taker.start();
        try {
            taker.join(15_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(taker.isAlive()).as("still waiting after 15 s: %s", what).isFalse();
        if (failure.get() != null) {
            throw new AssertionError(what, failure.get());
        }
        return next.get();
    }
}
