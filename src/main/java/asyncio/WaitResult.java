package asyncio;

import java.util.Set;

/** What {@code done, pending = await asyncio.wait(...)} unpacks into. */
public record WaitResult(Set<Future<?>> done, Set<Future<?>> pending) {
}
