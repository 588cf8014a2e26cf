package threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import py.ValueError;

@DisplayName("PyThreadPoolExecutor.shutdown, like ThreadPoolExecutor.shutdown")
@Tag("task-8")
class ThreadPoolShutdownSpec {
    @Test
    @DisplayName("shutdown(wait=True) runs the queued work, then every worker thread has ended")
    void shutdownWaits() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(2);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        List<PyFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int id = i;
            futures.add(pool.submit(() -> {
                workers.add(Thread.currentThread());
                Thread.yield();
                return id;
            }));
        }
        pool.shutdown(true);
        assertThat(futures).as("after shutdown(wait=True) every submitted future is done").allMatch(PyFuture::done);
        assertThat(workers).as("worker threads after shutdown(wait=True)").isNotEmpty().noneMatch(Thread::isAlive);
    }

    @Test
    @DisplayName("shutdown(wait=True) waits for a task that is still running")
    void shutdownWaitsForARunningTask() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        PyFuture<String> running = pool.submit(() -> {
            started.countDown();
            Threads.await(gate);
            return "finished";
        });
        Threads.await(started);
        List<String> log = new CopyOnWriteArrayList<>();
        Threads spec = new Threads();
        Thread closer = spec.start("closer", () -> {
            pool.shutdown(true);
            log.add("shutdown returned, task done: " + running.done());
        });
        assertThat(Threads.parkedOrDone(closer)).as("shutdown(wait=True) while a task runs must wait for it")
                .isNotEqualTo(Thread.State.TERMINATED);
        gate.countDown();
        spec.joinAll("shutdown(wait=True) must return once the task is done");
        assertThat(log).as("what shutdown(wait=True) found when it returned").containsExactly("shutdown returned, task done: true");
    }

    @Test
    @DisplayName("shutdown(wait=False) returns at once, and the queued work still runs")
    void shutdownNoWait() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(1);
        CountDownLatch gate = new CountDownLatch(1);
        PyFuture<Integer> running = pool.submit(() -> {
            Threads.await(gate);
            return 1;
        });
        PyFuture<Integer> queued = pool.submit(() -> 2);
        Threads spec = new Threads();
        spec.start("shutdown", () -> pool.shutdown(false));
        spec.joinAll("shutdown(wait=False) must not wait for a blocked task");
        gate.countDown();
        assertThat(running.result() + queued.result()).as("both tasks still complete after shutdown(wait=False)").isEqualTo(3);
    }

    @Test
    @DisplayName("submit after shutdown raises RuntimeError: cannot schedule new futures after shutdown")
    void submitAfterShutdown() {
        PyThreadPoolExecutor pool = new PyThreadPoolExecutor(2);
        pool.shutdown(true);
        assertThatThrownBy(() -> pool.submit(() -> 1), "pool.submit(f) after pool.shutdown(wait=True): CPython raises RuntimeError")
                .isInstanceOf(RuntimeError.class)
                .hasMessage("cannot schedule new futures after shutdown");
    }

    @Test
    @DisplayName("max_workers=0 raises ValueError: max_workers must be greater than 0")
    void zeroWorkers() {
        assertThatThrownBy(() -> new PyThreadPoolExecutor(0), "ThreadPoolExecutor(max_workers=0): CPython raises ValueError")
                .isInstanceOf(ValueError.class)
                .hasMessage("max_workers must be greater than 0");
    }
}
