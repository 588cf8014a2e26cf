package coroutines;

/** An object {@code await} accepts: {@code __await__} returns the iterator that the await delegates to. */
public interface Awaitable {
    /** {@code obj.__await__()}: should return an iterator (a {@link PyIterator} or a {@link Generator}). */
    Object __await__();
}
