package sequences;

import java.util.Iterator;

/**
 * collections.abc.Sequence: a subclass supplies {@link #getItem(int)} and {@link #len()}, and gets
 * {@code in}, iteration, {@code reversed()}, {@code index()} and {@code count()} for free.
 */
public abstract class AbstractSequence<T> implements Iterable<T> {

    /** {@code self[index]} for 0 <= index; raises IndexError past the end. */
    public abstract T getItem(int index);

    /** {@code len(self)}. */
    public abstract int len();

    /** {@code value in self}. */
    public boolean contains(Object value) {
        throw new UnsupportedOperationException("TODO(task 3): derive 'value in self' from the other methods, as Sequence.__contains__ does - see katas/sequences/README.md#task-3");
    }

    /** {@code iter(self)}. */
    @Override
    public Iterator<T> iterator() {
        throw new UnsupportedOperationException("TODO(task 3): derive iteration from getItem, as Sequence.__iter__ does - see katas/sequences/README.md#task-3");
    }

    /** {@code reversed(self)}. */
    public Iterator<T> reversed() {
        throw new UnsupportedOperationException("TODO(task 3): derive reversed iteration, as Sequence.__reversed__ does - see katas/sequences/README.md#task-3");
    }

    /** {@code self.index(value)}. */
    public int index(Object value) {
        throw new UnsupportedOperationException("TODO(task 3): find the first position of value, as Sequence.index does - see katas/sequences/README.md#task-3");
    }

    /** {@code self.index(value, start, stop)}; stop null means None. */
    public int index(Object value, int start, Integer stop) {
        throw new UnsupportedOperationException("TODO(task 3): find the first position of value between start and stop, as Sequence.index does - see katas/sequences/README.md#task-3");
    }

    /** {@code self.count(value)}. */
    public int count(Object value) {
        throw new UnsupportedOperationException("TODO(task 3): count the occurrences of value, as Sequence.count does - see katas/sequences/README.md#task-3");
    }
}
