package threads;

import java.util.Set;

/** What {@code concurrent.futures.wait} returns: the futures that finished and the rest. */
public record DoneAndNotDone<T>(Set<PyFuture<T>> done, Set<PyFuture<T>> notDone) {
}
