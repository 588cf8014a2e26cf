package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.CancelledError;
import py.RuntimeError;
import py.TimeoutError;
import py.ValueError;

@DisplayName("PyThreadPoolExecutor, like concurrent.futures.ThreadPoolExecutor")
@Tag("task-8")
class ThreadPoolSpec {

    @Test
    @DisplayName("submit() returns a future at once, whose result() waits for the task")
    void submitReturnsFuture() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(2);
        CountDownLatch gate = new CountDownLatch(1);
        PyFuture<String> future = submitHeld(pool, gate, "page");
        assertThat(future.done()).as("done() while the task is blocked").isFalse();
        assertThatThrownBy(() -> future.result(0.01), "result(timeout=0.01) of an unfinished task")
                .isInstanceOf(TimeoutError.class);
        gate.countDown();
        assertThat(future.result()).as("result() once the task returned").isEqualTo("page");
        assertThat(future.done()).as("done() after the result").isTrue();
        pool.shutdown(true);
    }

    @Test
    @DisplayName("cancel() stops a future still waiting in the queue, but not one that runs or has finished")
    void cancel() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger queuedRuns = new AtomicInteger();
        PyFuture<String> running = pool.submit(() -> {
            started.countDown();
            Threads.await(gate);
            return "ran";
        });
        PyFuture<String> queued = pool.submit(() -> {
            queuedRuns.incrementAndGet();
            return "should not run";
        });
        Threads.await(started);
        List<String> earlyCallbacks = new ArrayList<>();
        queued.addDoneCallback(f -> earlyCallbacks.add("called on cancel"));
        assertThat(earlyCallbacks).as("a done callback of a pending future waits").isEmpty();
        assertThat(queued.cancel()).as("cancel() of a future still in the queue behind a busy worker").isTrue();
        assertThat(earlyCallbacks).as("callbacks added before cancel() run when it cancels").containsExactly("called on cancel");
        assertThat(queued.done()).as("done() of a cancelled future").isTrue();
        List<String> callbacks = new ArrayList<>();
        queued.addDoneCallback(f -> callbacks.add("called at once"));
        assertThat(callbacks).as("add_done_callback() on a cancelled future runs the callback at once").containsExactly("called at once");
        assertThatThrownBy(queued::result, "result() of a cancelled future").isInstanceOf(CancelledError.class);
        assertThat(running.cancel()).as("cancel() of the running future").isFalse();
        gate.countDown();
        assertThat(running.result()).as("the running future, which cancel() could not stop").isEqualTo("ran");
        assertThat(running.cancel()).as("cancel() of a finished future").isFalse();
        pool.shutdown(true);
        assertThat(queuedRuns.get()).as("times the cancelled task ran: the worker must skip it").isZero();
    }

    @Test
    @DisplayName("result() called before the task ends wakes up when it ends")
    void resultWakesUp() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
        CountDownLatch gate = new CountDownLatch(1);
        PyFuture<String> future = submitHeld(pool, gate, "late");
        List<String> results = new ArrayList<>();
        Threads spec = new Threads();
        Thread waiter = spec.start("waiter", () -> results.add(future.result()));
        assertThat(Threads.parkedOrDone(waiter)).as("result() of an unfinished future must wait")
                .isNotEqualTo(Thread.State.TERMINATED);
        gate.countDown();
        spec.joinAll("finishing the task must wake a thread waiting in result()");
        assertThat(results).as("what the waiting result() returned").containsExactly("late");
        pool.shutdown(true);
    }

    @Test
    @DisplayName("result() raises the very exception the task raised; exception() returns it")
    void exceptionsComeOutOfResult() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
        ValueError boom = new ValueError("bad url");
        PyFuture<Object> future = pool.submit(() -> {
            throw boom;
        });
        assertThatThrownBy(future::result, "result() of a task that raised").isSameAs(boom);
        assertThat(future.exception()).as("exception() of a task that raised").isSameAs(boom);
        assertThat(pool.submit(() -> 1).exception()).as("exception() of a task that returned").isNull();
        pool.shutdown(true);
    }

    @Test
    @DisplayName("a task that throws a checked Java exception still fails its future, with a RuntimeError carrying it")
    void checkedExceptionFailsTheFuture() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
        IOException diskFull = new IOException("disk full");
        PyFuture<Object> future = pool.submit(() -> {
            throw diskFull;
        });
        assertThatThrownBy(() -> future.result(5), "result(timeout=5) of a task whose Callable threw IOException(\"disk full\");"
                        + " a TimeoutError here means the future was never finished")
                .isInstanceOf(RuntimeError.class).hasMessage("disk full").hasCauseReference(diskFull);
        assertThat(future.exception()).as("exception() of that task: the same RuntimeError").isInstanceOf(RuntimeError.class)
                .hasCauseReference(diskFull);
        assertThat(pool.submit(() -> "next").result(5)).as("the worker takes the next task after the failed one").isEqualTo("next");
        pool.shutdown(true);
    }

    @Test
    @DisplayName("as_completed() yields futures in the order they finish")
    void asCompletedInCompletionOrder() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(3);
        List<CountDownLatch> gates = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
        List<PyFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int id = i;
            futures.add(submitHeld(pool, gates.get(id), id));
        }
        Iterator<PyFuture<Integer>> completed = Futures.asCompleted(futures);
        List<Integer> order = new ArrayList<>();
        for (int id : List.of(2, 0, 1)) {
            gates.get(id).countDown();
            order.add(nextWithin(completed, "as_completed must yield task " + id + " as soon as it finished").result());
        }
        assertThat(order).as("tasks finishing in the order 2, 0, 1").containsExactly(2, 0, 1);
        assertThat(completed.hasNext()).as("as_completed after every future").isFalse();
        pool.shutdown(true);
    }

    @Test
    @DisplayName("map() yields results in submission order, whatever order they finish in")
    void mapKeepsOrder() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(3);
        List<CountDownLatch> gates = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
        Iterator<String> results = pool.map(id -> {
            Threads.await(gates.get(id));
            return "page " + id;
        }, List.of(0, 1, 2));
        gates.get(2).countDown();
        gates.get(1).countDown();
        gates.get(0).countDown();
        List<String> out = new ArrayList<>();
        results.forEachRemaining(out::add);
        assertThat(out).as("executor.map over [0, 1, 2] finishing 2, 1, 0").containsExactly("page 0", "page 1", "page 2");
        pool.shutdown(true);
    }

    @Test
    @DisplayName("property: map(f, xs) equals [f(x) for x in xs] (mapIsOrderedApply)")
    void mapIsOrderedApply() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(3);
        qt().withExamples(50).forAll(lists().of(integers().between(-1000, 1000)).ofSizeBetween(0, 30)).checkAssert(xs -> {
            List<Integer> out = new ArrayList<>();
            pool.map(x -> {
                if (x % 3 == 0) {
                    Thread.yield();
                }
                return x * x;
            }, xs).forEachRemaining(out::add);
            assertThat(out).as("map(square, %s)", xs).containsExactlyElementsOf(xs.stream().map(x -> x * x).toList());
        });
        pool.shutdown(true);
    }

    @Nested
    @DisplayName("wait(return_when=...)")
    class Wait {
        @Test
        @DisplayName("FIRST_COMPLETED returns as soon as one future is done")
        void firstCompleted() {
            PyThreadPoolExecutor pool = new PyThreadPoolExecutor(2);
            CountDownLatch slow = new CountDownLatch(1);
            PyFuture<Integer> blocked = submitHeld(pool, slow, 1);
            PyFuture<Integer> quick = pool.submit(() -> 2);
            DoneAndNotDone<PyFuture<Integer>> split = Futures.wait(List.of(blocked, quick), ReturnWhen.FIRST_COMPLETED);
            assertThat(split.done()).as("done after FIRST_COMPLETED").containsExactly(quick);
            assertThat(split.notDone()).as("not_done after FIRST_COMPLETED").containsExactly(blocked);
            slow.countDown();
            pool.shutdown(true);
        }

        @Test
        @DisplayName("FIRST_EXCEPTION returns once a future raised, even with others still running")
        void firstException() {
            PyThreadPoolExecutor pool = new PyThreadPoolExecutor(3);
            CountDownLatch slow = new CountDownLatch(1);
            PyFuture<Integer> blocked = submitHeld(pool, slow, 1);
            PyFuture<Integer> fine = pool.submit(() -> 2);
            fine.result();
            CountDownLatch failLater = new CountDownLatch(1);
            PyFuture<Integer> failing = pool.submit(() -> {
                Threads.await(failLater);
                throw new ValueError("boom");
            });
            WaitInBackground<Integer> waiter = new WaitInBackground<>(List.of(blocked, fine, failing), ReturnWhen.FIRST_EXCEPTION);
            waiter.assertStillWaiting("FIRST_EXCEPTION must not return for a future that merely succeeded");
            failLater.countDown();
            DoneAndNotDone<PyFuture<Integer>> split = waiter.returned("FIRST_EXCEPTION must return once a future raised");
            assertThat(split.done()).containsExactlyInAnyOrder(fine, failing);
            assertThat(split.notDone()).containsExactly(blocked);
            slow.countDown();
            pool.shutdown(true);
        }

        @Test
        @DisplayName("FIRST_COMPLETED waits while nothing is done yet")
        void firstCompletedWaits() {
            PyThreadPoolExecutor pool = new PyThreadPoolExecutor(2);
            CountDownLatch first = new CountDownLatch(1);
            CountDownLatch second = new CountDownLatch(1);
            PyFuture<Integer> a = submitHeld(pool, first, 1);
            PyFuture<Integer> b = submitHeld(pool, second, 2);
            WaitInBackground<Integer> waiter = new WaitInBackground<>(List.of(a, b), ReturnWhen.FIRST_COMPLETED);
            waiter.assertStillWaiting("FIRST_COMPLETED while both futures still run must wait");
            first.countDown();
            DoneAndNotDone<PyFuture<Integer>> split = waiter.returned("FIRST_COMPLETED must return once one future is done");
            assertThat(split.done()).as("done after FIRST_COMPLETED").containsExactly(a);
            second.countDown();
            pool.shutdown(true);
            assertThat(Futures.wait(List.<PyFuture<Integer>>of(), ReturnWhen.FIRST_COMPLETED).done())
                    .as("wait([], return_when=FIRST_COMPLETED) returns at once, with nothing done").isEmpty();
        }

        @Test
        @DisplayName("FIRST_EXCEPTION does not count a cancelled future as one that raised")
        void cancelledIsNotAnException() {
            PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            PyFuture<Integer> running = pool.submit(() -> {
                started.countDown();
                Threads.await(gate);
                return 1;
            });
            PyFuture<Integer> cancelled = pool.submit(() -> 2);
            Threads.await(started);
            assertThat(cancelled.cancel()).as("cancel() of the queued future").isTrue();
            WaitInBackground<Integer> waiter = new WaitInBackground<>(List.of(running, cancelled), ReturnWhen.FIRST_EXCEPTION);
            waiter.assertStillWaiting("FIRST_EXCEPTION with one future cancelled and one running: "
                    + "nothing raised, so it waits like ALL_COMPLETED");
            gate.countDown();
            DoneAndNotDone<PyFuture<Integer>> split = waiter.returned("FIRST_EXCEPTION must return once every future is done");
            assertThat(split.done()).containsExactlyInAnyOrder(running, cancelled);
            pool.shutdown(true);
        }

        @Test
        @DisplayName("ALL_COMPLETED returns only when every future is done")
        void allCompleted() {
            PyThreadPoolExecutor pool = new PyThreadPoolExecutor(2);
            CountDownLatch slow = new CountDownLatch(1);
            PyFuture<Integer> blocked = submitHeld(pool, slow, 1);
            PyFuture<Integer> quick = pool.submit(() -> 2);
            WaitInBackground<Integer> waiter = new WaitInBackground<>(List.of(blocked, quick), ReturnWhen.ALL_COMPLETED);
            quick.result();
            waiter.assertStillWaiting("ALL_COMPLETED with one future still running must keep waiting");
            slow.countDown();
            DoneAndNotDone<PyFuture<Integer>> split = waiter.returned("ALL_COMPLETED must return once the last future is done");
            assertThat(split.done()).containsExactlyInAnyOrder(blocked, quick);
            assertThat(split.notDone()).isEmpty();
            pool.shutdown(true);
        }
    }

    @Test
    @DisplayName("max_workers bounds concurrency, and under load the peak reaches it")
    void maxWorkersBoundsConcurrency() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(3);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        List<PyFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            futures.add(pool.submit(() -> {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Threads.await(gate);
                inFlight.decrementAndGet();
                return 0;
            }));
        }
        Threads.awaitTrue("3 tasks to run at once", () -> inFlight.get() >= 3);
        Threads.sleep(20);
        gate.countDown();
        futures.forEach(PyFuture::result);
        assertThat(peak.get()).as("peak running tasks in ThreadPoolExecutor(max_workers=3) with 10 blocked tasks").isEqualTo(3);
        pool.shutdown(true);
    }

    /** next() on a helper thread, so that a wrong as_completed fails instead of hanging the spec. */
    static <T> T nextWithin(Iterator<T> iterator, String what) {
        AtomicReference<T> next = new AtomicReference<>();
        Threads spec = new Threads();
        spec.start("next", () -> next.set(iterator.next()));
        spec.joinAll(what);
        return next.get();
    }

    /** {@code pool.submit(fn)} where fn waits at the gate, then returns value: a future the spec finishes when it likes. */
    static <T> PyFuture<T> submitHeld(PyThreadPoolExecutor pool, CountDownLatch gate, T value) {
        return pool.submit(() -> {
            Threads.await(gate);
            return value;
        });
    }
}
