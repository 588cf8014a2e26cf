package crawler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Waits without blocking a thread, like {@code await asyncio.sleep(delay)}: the future completes later. */
public interface Sleeper {
    CompletableFuture<Void> sleep(Duration delay);
}
