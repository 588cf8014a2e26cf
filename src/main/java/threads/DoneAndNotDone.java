package threads;

import java.util.Set;

/**
 * What {@code concurrent.futures.wait(fs)} returns: the futures of {@code fs} that finished and the
 * rest. {@code F} is the type of those futures, so this record needs none of yours.
 */
public record DoneAndNotDone<F>(Set<F> done, Set<F> notDone) {
}
