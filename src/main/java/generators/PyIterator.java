package generators;

/** Python's iterator protocol: {@code __next__} returns the next item or raises {@link py.StopIteration}. */
public interface PyIterator extends PyIterable {
    /** {@code it.__next__()}: the next item, or {@code throw new StopIteration()} when there is none. */
    Object __next__();
}
