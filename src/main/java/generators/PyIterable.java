package generators;

/** Python's iterable protocol: {@code __iter__} hands out an iterator (any object; {@code iter()} checks it). */
public interface PyIterable {
    /** {@code obj.__iter__()}: should return a {@link PyIterator}; {@code iter()} rejects anything else. */
    Object __iter__();
}
