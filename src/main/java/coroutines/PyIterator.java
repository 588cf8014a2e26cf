package coroutines;

/** Python's iterator protocol: {@code __next__} returns the next item or raises {@link py.StopIteration}. */
public interface PyIterator {
    /** {@code it.__next__()}. */
    Object __next__();
}
