package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;

@DisplayName("PyThread, like threading.Thread")
@Tag("task-1")
class ThreadLifecycleSpec {

    @Nested
    @DisplayName("with a target function")
    class WithTarget {
        @Test
        @DisplayName("runs the target in another thread, and join() waits for it")
        void runsTargetElsewhere() {
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            PyThread thread = new PyThread(() -> ranOn.set(Thread.currentThread()));
            thread.start();
            thread.join();
            assertThat(ranOn.get()).as("Thread(target=f).start() then join(): f must have run, in a new thread")
                    .isNotNull().isNotSameAs(Thread.currentThread());
            assertThat(thread.isAlive()).as("is_alive() after join()").isFalse();
        }

        @Test
        @DisplayName("does not run the target before start()")
        void nothingBeforeStart() {
            List<String> log = new CopyOnWriteArrayList<>();
            PyThread thread = new PyThread(() -> log.add("ran"));
            assertThat(log).as("Thread(target=f) alone must not call f").isEmpty();
            assertThat(thread.isAlive()).as("is_alive() before start()").isFalse();
            thread.start();
            thread.join();
            assertThat(log).as("f runs exactly once after start()").containsExactly("ran");
        }

        @Test
        @DisplayName("join() blocks until the thread has finished")
        void joinBlocks() {
            CountDownLatch gate = new CountDownLatch(1);
            List<String> log = new CopyOnWriteArrayList<>();
            PyThread worker = new PyThread(() -> {
                Threads.await(gate);
                log.add("worker finished");
            });
            worker.start();
            Threads spec = new Threads();
            Thread joiner = spec.start("joiner", () -> {
                worker.join();
                log.add("join returned");
            });
            Threads.parkedOrDone(joiner);
            assertThat(worker.isAlive()).as("is_alive() while the target is still running").isTrue();
            gate.countDown();
            spec.joinAll("join() should return once the worker has finished");
            assertThat(log).as("join() may only return after the thread's run() has returned")
                    .containsExactly("worker finished", "join returned");
        }

        @Test
        @DisplayName("join(timeout) gives up while the thread still runs")
        void joinWithTimeout() {
            CountDownLatch gate = new CountDownLatch(1);
            PyThread worker = new PyThread(() -> Threads.await(gate));
            worker.start();
            worker.join(0.01);
            assertThat(worker.isAlive()).as("t.join(0.01) on a blocked thread returns with the thread still alive").isTrue();
            gate.countDown();
            worker.join();
            assertThat(worker.isAlive()).as("is_alive() after a full join()").isFalse();
        }

        @Test
        @DisplayName("join(0) returns at once; join(timeout) waits for a thread that finishes within the timeout")
        void joinZeroAndJoinInTime() {
            CountDownLatch gate = new CountDownLatch(1);
            PyThread worker = new PyThread(() -> Threads.await(gate));
            worker.start();
            worker.join(0);
            assertThat(worker.isAlive()).as("t.join(0) on a blocked thread: a timeout of 0 does not mean forever").isTrue();
            Thread joiner = Thread.currentThread();
            Threads spec = new Threads();
            spec.start("gate opener", () -> {
                // Open the gate only once the spec's thread has been waiting inside join(5) for a while:
                // a join that gave up after a nanosecond would be back before the second look.
                for (int look = 0; look < 100 && gate.getCount() > 0; look++) {
                    Threads.awaitTrue("the spec thread to wait in join(5)", () -> joiner.getState() == Thread.State.TIMED_WAITING);
                    Threads.sleep(20);
                    if (joiner.getState() == Thread.State.TIMED_WAITING) {
                        gate.countDown();
                    }
                }
            });
            worker.join(5);
            assertThat(worker.isAlive()).as("is_alive() after join(5) on a thread released while join waited").isFalse();
            spec.joinAll("the gate opener");
        }
    }

    @Test
    @DisplayName("runs an overridden run() of a subclass, like class Spider(Thread)")
    void subclassRuns() {
        List<String> log = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        class Spider extends PyThread {
            @Override
            public void run() {
                log.add("crawled on " + (Thread.currentThread() == caller ? "the caller" : "its own thread"));
            }
        }
        Spider spider = new Spider();
        spider.start();
        spider.join();
        assertThat(log).as("start() on a Thread subclass calls the overridden run() in a new thread")
                .containsExactly("crawled on its own thread");
    }

    @Nested
    @DisplayName("refuses misuse with Python's errors")
    class Errors {
        @Test
        @DisplayName("a second start() raises RuntimeError: threads can only be started once")
        void startTwice() {
            PyThread thread = new PyThread(() -> { });
            thread.start();
            assertThatThrownBy(thread::start, "t.start() a second time: CPython raises RuntimeError").isInstanceOf(RuntimeError.class)
                    .hasMessage("threads can only be started once");
            thread.join();
            assertThatThrownBy(thread::start, "also after it has finished").isInstanceOf(RuntimeError.class)
                    .hasMessage("threads can only be started once");
        }

        @Test
        @DisplayName("join() before start() raises RuntimeError: cannot join thread before it is started")
        void joinBeforeStart() {
            PyThread thread = new PyThread(() -> { });
            assertThatThrownBy(thread::join, "t.join() before t.start(): CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class)
                    .hasMessage("cannot join thread before it is started");
            assertThatThrownBy(() -> thread.join(1.0), "t.join(1.0) before t.start(): CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class)
                    .hasMessage("cannot join thread before it is started");
        }

        @Test
        @DisplayName("setting daemon after start() raises RuntimeError: cannot set daemon status of active thread")
        void daemonAfterStart() {
            PyThread thread = new PyThread(() -> { });
            thread.setDaemon(true);
            assertThat(thread.isDaemon()).as("t.daemon = True before start()").isTrue();
            thread.start();
            assertThatThrownBy(() -> thread.setDaemon(false), "t.daemon = False on a started thread: CPython raises RuntimeError")
                    .isInstanceOf(RuntimeError.class)
                    .hasMessage("cannot set daemon status of active thread");
            thread.join();
        }
    }

    @Test
    @DisplayName("t.daemon is False unless set before start()")
    void daemonFlag() {
        List<Boolean> plainJavaDaemon = new CopyOnWriteArrayList<>();
        PyThread plain = new PyThread(() -> plainJavaDaemon.add(Thread.currentThread().isDaemon()));
        assertThat(plain.isDaemon()).as("Thread(target=f).daemon").isFalse();
        plain.start();
        plain.join();
        assertThat(plainJavaDaemon).as("is the thread that runs a non-daemon PyThread a daemon? It must keep the process alive")
                .containsExactly(false);
        List<Boolean> javaDaemon = new CopyOnWriteArrayList<>();
        PyThread daemon = new PyThread(() -> javaDaemon.add(Thread.currentThread().isDaemon()));
        daemon.setDaemon(true);
        assertThat(daemon.isDaemon()).as("t.daemon after t.daemon = True").isTrue();
        daemon.start();
        daemon.join();
        assertThat(javaDaemon).as("is the thread that runs a daemon PyThread a daemon, so that it cannot keep the process alive?")
                .containsExactly(true);
    }

    @Test
    @DisplayName("at interpreter exit (shutdown) waits for non-daemon threads only")
    void shutdownWaitsForNonDaemonOnly() {
        CountDownLatch daemonGate = new CountDownLatch(1);
        CountDownLatch workerGate = new CountDownLatch(1);
        List<String> log = new CopyOnWriteArrayList<>();
        PyThread daemon = new PyThread(() -> Threads.await(daemonGate));
        daemon.setDaemon(true);
        daemon.start();
        PyThread worker = new PyThread(() -> {
            Threads.await(workerGate);
            log.add("non-daemon finished");
        });
        worker.start();
        Threads spec = new Threads();
        Thread exiting = spec.start("interpreter exit", () -> {
            PyThread.shutdown();
            log.add("shutdown returned");
        });
        try {
            assertThat(Threads.parkedOrDone(exiting)).as("shutdown() while a non-daemon thread still runs must wait for it")
                    .isNotEqualTo(Thread.State.TERMINATED);
            workerGate.countDown();
            spec.joinAll("shutdown() must not wait for a daemon thread (one is blocked forever here)");
            assertThat(log).as("the exit waits for the non-daemon thread, then returns")
                    .containsExactly("non-daemon finished", "shutdown returned");
            assertThat(daemon.isAlive()).as("the daemon thread is simply abandoned, still running").isTrue();
        } finally {
            workerGate.countDown();
            daemonGate.countDown();
        }
    }
}
