package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.ValueError;

@DisplayName("PyQueue, like queue.Queue")
@Tag("task-5")
class QueueSpec {
    private static final String POISON = "<stop>";

    @Test
    @DisplayName("hands items over first in, first out")
    void fifo() {
        PyQueue<Integer> queue = new PyQueue<>();
        for (int i = 0; i < 5; i++) {
            queue.put(i);
        }
        assertThat(queue.qsize()).as("q.qsize() after 5 puts").isEqualTo(5);
        List<Integer> out = new ArrayList<>();
        while (!queue.empty()) {
            out.add(queue.get());
        }
        assertThat(out).as("gets after puts 0..4").containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    @DisplayName("get() blocks until a producer puts an item")
    void getBlocks() {
        PyQueue<String> queue = new PyQueue<>();
        List<String> got = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        Thread consumer = spec.start("consumer", () -> got.add(queue.get()));
        assertThat(Threads.parkedOrDone(consumer)).as("get() on an empty queue must block").isNotEqualTo(Thread.State.TERMINATED);
        queue.put("url-1");
        spec.joinAll("put() must wake the blocked get()");
        assertThat(got).containsExactly("url-1");
    }

    @Test
    @DisplayName("property: producers and consumers pass every item exactly once, each producer's items in order (everyItemDeliveredOnce)")
    void everyItemDeliveredOnce() {
        qt().withExamples(15).forAll(integers().between(1, 4), integers().between(1, 4), integers().between(0, 300))
                .checkAssert((producers, consumers, each) -> {
                    PyQueue<String> queue = new PyQueue<>(3);
                    Map<Integer, List<Integer>> seen = new ConcurrentHashMap<>();
                    Threads spec = new Threads();
                    for (int c = 0; c < consumers; c++) {
                        spec.start("consumer-" + c, () -> {
                            for (String item = queue.get(); !item.equals(POISON); item = queue.get()) {
                                String[] parts = item.split(":");
                                // One consumer's view of one producer must still be in order.
                                seen.computeIfAbsent(Integer.parseInt(parts[0]), k -> new CopyOnWriteArrayList<>())
                                        .add(Integer.parseInt(parts[1]));
                            }
                        });
                    }
                    Threads producing = new Threads();
                    for (int p = 0; p < producers; p++) {
                        int producer = p;
                        producing.start("producer-" + p, () -> {
                            for (int i = 0; i < each; i++) {
                                queue.put(producer + ":" + i);
                            }
                        });
                    }
                    producing.joinAll("producers on a bounded queue with live consumers");
                    for (int c = 0; c < consumers; c++) {
                        queue.put(POISON);
                    }
                    spec.joinAll("one poison pill per consumer must stop them all");
                    for (int p = 0; p < producers; p++) {
                        assertThat(seen.getOrDefault(p, List.of())).as("items of producer %d (%d producers, %d consumers)", p, producers, consumers)
                                .hasSize(each).doesNotHaveDuplicates();
                    }
                    assertThat(queue.empty()).as("the queue after the consumers stopped").isTrue();
                });
    }

    @Nested
    @DisplayName("task_done() and join()")
    class Join {
        @Test
        @DisplayName("the task_done() that brings the count to zero wakes a waiting join()")
        void lastTaskDoneWakesJoin() {
            PyQueue<String> queue = new PyQueue<>();
            queue.put("only item");
            Threads spec = new Threads();
            Thread joiner = spec.start("joiner", queue::join);
            assertThat(Threads.parkedOrDone(joiner)).as("q.join() with one unfinished item").isNotEqualTo(Thread.State.TERMINATED);
            assertThat(queue.get()).as("q.get()").isEqualTo("only item");
            queue.taskDone();
            spec.joinAll("the one task_done() must wake join()");
        }

        @Test
        @DisplayName("a bounded queue checks put()'s timeout like Python: negative is refused, 0 is a fine timeout")
        void putTimeout() {
            PyQueue<Integer> queue = new PyQueue<>(2);
            assertThatThrownBy(() -> queue.put(1, true, -1.5)).as("q.put(1, timeout=-1.5)")
                    .isInstanceOf(ValueError.class).hasMessage("'timeout' must be a non-negative number");
            queue.put(1, true, 0);
            assertThat(queue.qsize()).as("qsize() after q.put(1, timeout=0) into an empty Queue(2)").isEqualTo(1);
        }

        @Test
        @DisplayName("join() returns only after every item got its task_done()")
        void joinWaitsForTaskDone() {
            PyQueue<Integer> queue = new PyQueue<>();
            List<String> log = new CopyOnWriteArrayList<>();
            CountDownLatch gate = new CountDownLatch(1);
            Threads spec = new Threads();
            spec.start("worker", () -> {
                for (int i = 0; i < 3; i++) {
                    queue.get();
                }
                ThreadLifecycleSpec.await(gate);
                for (int i = 0; i < 3; i++) {
                    log.add("done " + i);
                    queue.taskDone();
                }
            });
            for (int i = 0; i < 3; i++) {
                queue.put(i);
            }
            Thread joiner = spec.start("joiner", () -> {
                queue.join();
                log.add("join returned");
            });
            Threads.awaitTrue("the worker to take all 3 items", queue::empty);
            assertThat(Threads.parkedOrDone(joiner))
                    .as("q.join() must keep waiting while items were taken but not yet task_done()")
                    .isNotEqualTo(Thread.State.TERMINATED);
            gate.countDown();
            spec.joinAll("join() must return after the last task_done()");
            assertThat(log).as("join() returns after the third task_done()")
                    .containsExactly("done 0", "done 1", "done 2", "join returned");
        }

        @Test
        @DisplayName("join() on a queue with nothing unfinished returns at once")
        void joinWithNothingPending() {
            PyQueue<Integer> queue = new PyQueue<>();
            queue.put(1);
            queue.get();
            queue.taskDone();
            queue.join();
            assertThat(queue.empty()).as("after put, get, task_done, join").isTrue();
        }

        @Test
        @DisplayName("an extra task_done() raises ValueError: task_done() called too many times")
        void tooManyTaskDone() {
            PyQueue<Integer> queue = new PyQueue<>();
            assertThatThrownBy(queue::taskDone).isInstanceOf(ValueError.class).hasMessage("task_done() called too many times");
            queue.put(7);
            queue.get();
            queue.taskDone();
            assertThatThrownBy(queue::taskDone).isInstanceOf(ValueError.class).hasMessage("task_done() called too many times");
        }
    }

    @Nested
    @DisplayName("a bounded queue")
    class Bounded {
        @Test
        @DisplayName("blocks a producer while full, until a consumer makes room")
        void putBlocksWhenFull() {
            PyQueue<Integer> queue = new PyQueue<>(2);
            queue.put(1);
            queue.put(2);
            assertThat(queue.full()).as("Queue(2) after two puts is full()").isTrue();
            Threads spec = new Threads();
            Thread producer = spec.start("producer", () -> queue.put(3));
            assertThat(Threads.parkedOrDone(producer)).as("put() on a full Queue(2) must block").isNotEqualTo(Thread.State.TERMINATED);
            assertThat(queue.qsize()).as("the blocked put() must not have added its item").isEqualTo(2);
            assertThat(queue.get()).isEqualTo(1);
            spec.joinAll("get() must make room for the blocked put()");
            assertThat(List.of(queue.get(), queue.get())).containsExactly(2, 3);
        }

        @Test
        @DisplayName("raises Full on put_nowait and after a put timeout")
        void full() {
            PyQueue<Integer> queue = new PyQueue<>(1);
            queue.putNowait(1);
            assertThatThrownBy(() -> queue.putNowait(2)).isInstanceOf(Full.class);
            assertThatThrownBy(() -> queue.put(2, true, 0.01)).isInstanceOf(Full.class);
            assertThat(queue.qsize()).as("a refused put leaves the queue as it was").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("raises Empty on get_nowait and after a get timeout")
    void empty() {
        PyQueue<Integer> queue = new PyQueue<>();
        assertThatThrownBy(queue::getNowait).isInstanceOf(Empty.class);
        assertThatThrownBy(() -> queue.get(true, 0.01)).isInstanceOf(Empty.class);
        assertThatThrownBy(() -> queue.get(true, -0.5)).isInstanceOf(ValueError.class)
                .hasMessage("'timeout' must be a non-negative number");
    }

    @Test
    @DisplayName("an unbounded queue is never full")
    void unboundedNeverFull() {
        PyQueue<Integer> queue = new PyQueue<>(0);
        for (int i = 0; i < 1000; i++) {
            queue.putNowait(i);
        }
        assertThat(queue.full()).as("Queue(0) with 1000 items").isFalse();
    }
}
