package asyncio;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The fixture of the specs that run coroutines: a fresh loop on a virtual clock for every spec, closed after it,
 * and a log the spec's coroutines write to. Spec classes extend it instead of copying it.
 */
abstract class OnVirtualLoop {
    final EventLoop loop = new EventLoop(true);
    final List<String> log = new ArrayList<>();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    /** A task that sleeps, logs "finished <value>", then returns the value, or raises it if it is an exception. */
    Task<Object> sleeper(double seconds, Object value) {
        return loop.createTask(() -> {
            Asyncio.sleep(seconds);
            log.add("finished " + value);
            if (value instanceof RuntimeException e) {
                throw e;
            }
            return value;
        });
    }

    /** Runs the bodies as tasks, side by side, until every one has ended (as asyncio.gather of them). */
    void runAll(Body<?>... bodies) {
        loop.runUntilComplete(() -> {
            List<Future<?>> tasks = new ArrayList<>();
            for (Body<?> b : bodies) {
                tasks.add(loop.createTask(b));
            }
            return Coroutine.await(Asyncio.gather(false, tasks.toArray(new Future<?>[0])));
        });
    }
}
