package generators;

/**
 * The code of a generator function, written as a resumable state machine. Each call continues
 * from {@code frame.lasti()} (-1 the first time) and ends with {@code return frame.yieldAt(label, value)}
 * or {@code return frame.returnValue(value)}. Whatever must survive a suspension lives in
 * {@code frame.locals()}, never in Java local variables.
 */
@FunctionalInterface
public interface Code {
    /** Runs from the last suspension point to the next one (or to the end). */
    Suspension resume(Frame frame);
}
