package asyncio;

import static asyncio.Coroutine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.RuntimeError;
import py.ValueError;

@DisplayName("run_in_executor")
@Tag("task-6")
class ExecutorSpec {

    final EventLoop loop = new EventLoop(false);
    final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void close() throws InterruptedException {
        loop.close();
        pool.shutdownNow();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).as("the spec's pool shut down").isTrue();
    }

    @Test
    @DisplayName("runs the blocking function on a pool thread and completes the future on the loop thread")
    void threads() {
        Thread loopThread = Thread.currentThread();
        List<String> where = new ArrayList<>();
        Future<String> f = loop.runInExecutor(pool, () -> {
            where.add(Thread.currentThread() == loopThread ? "function on loop thread" : "function on pool thread");
            Thread.sleep(20);
            return "page";
        });
        f.addDoneCallback(done -> where.add(Thread.currentThread() == loopThread ? "callback on loop thread" : "callback elsewhere"));
        assertThat(loop.runUntilComplete(f)).as("result of the blocking function").isEqualTo("page");
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(where).as("which thread ran what").containsExactly("function on pool thread", "callback on loop thread");
    }

    @Test
    @DisplayName("lets ten blocking calls overlap while a coroutine waits for them all")
    void overlap() {
        java.util.concurrent.CountDownLatch allStarted = new java.util.concurrent.CountDownLatch(4);
        List<Object> results = loop.runUntilComplete(() -> {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                // Each call waits until all four are running: only a real pool lets that finish.
                fs.add(loop.runInExecutor(pool, () -> {
                    allStarted.countDown();
                    allStarted.await();
                    return n * n;
                }));
            }
            return await(Asyncio.gather(false, fs.toArray(new Future<?>[0])));
        });
        assertThat(results).as("gather of four run_in_executor calls").containsExactly(0, 1, 4, 9);
    }

    @Test
    @DisplayName("delivers the function's exception through the future, and uses a default pool for None")
    void exception() {
        Future<String> f = loop.runInExecutor(null, () -> {
            throw new ValueError("blocking call failed");
        });
        assertThatThrownBy(() -> loop.runUntilComplete(f),
                "loop.run_until_complete(loop.run_in_executor(None, f)), f raising ValueError('blocking call failed'): CPython re-raises it")
                .isInstanceOf(ValueError.class).hasMessage("blocking call failed");
    }

    @Test
    @DisplayName("is refused once the loop is closed")
    void closedLoopRefuses() {
        loop.close();
        assertThatExceptionOfType(RuntimeError.class).as("run_in_executor() on a closed loop")
                .isThrownBy(() -> loop.runInExecutor(null, () -> "x")).withMessage("Event loop is closed");
    }
}
