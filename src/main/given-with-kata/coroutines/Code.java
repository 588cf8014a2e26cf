package coroutines;

/**
 * The body of a generator or coroutine, written as a resumable state machine. Each call continues
 * from {@code frame.lasti()} (-1 the first time). Every resume point other than -1 starts with
 * {@code frame.received()}: the value of the paused {@code yield} (or of the finished
 * {@code yield from} / {@code await}), which raises instead if an exception was thrown in. Each
 * call ends with one of {@code frame.yieldAt}, {@code frame.yieldFrom}, {@code frame.awaitAt} or
 * {@code frame.returnValue}, or by raising.
 */
@FunctionalInterface
public interface Code {
    /** Runs from the last suspension point to the next one (or to the end). */
    Suspension resume(Frame frame);
}
