package asyncio;

import java.util.Set;

/**
 * What {@code done, pending = await asyncio.wait(fs)} unpacks into: the futures of {@code fs} that
 * are done and the rest. {@code F} is the type of those futures, so this record needs none of yours.
 */
public record WaitResult<F>(Set<F> done, Set<F> pending) {
}
