package sequences;

import java.util.Iterator;
import java.util.NoSuchElementException;
import py.IndexError;
import py.ValueError;

/**
 * collections.abc.Sequence: a subclass supplies {@link #getItem(int)} and {@link #len()}, and gets
 * {@code in}, iteration, {@code reversed()}, {@code index()} and {@code count()} for free.
 */
public abstract class AbstractSequence<T> implements Iterable<T> {

    /** {@code self[index]} for 0 <= index; must raise IndexError past the end. */
    public abstract T getItem(int index);

    /** {@code len(self)}. */
    public abstract int len();

    /** {@code value in self}: identity or equality, stopping at the first match. */
    public boolean contains(Object value) {
        for (T item : this) {
            if (same(item, value)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(self)}: ask for items 0, 1, 2, ... until getItem raises IndexError; len() is not consulted. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;
            private T pending;
            private boolean fetched;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!fetched && !exhausted) {
                    try {
                        pending = getItem(next);
                        fetched = true;
                    } catch (IndexError end) {
                        exhausted = true;
                    }
                }
                return fetched;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                next++;
                return pending;
            }
        };
    }

    /** {@code reversed(self)}: items len()-1 down to 0, fetched one at a time. */
    public Iterator<T> reversed() {
        return new Iterator<>() {
            private int next = len() - 1;

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public T next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                return getItem(next--);
            }
        };
    }

    /** {@code self.index(value)}: the first position holding value; a bare ValueError if there is none. */
    public int index(Object value) {
        return index(value, 0, null);
    }

    /** {@code self.index(value, start, stop)}: negative bounds count from the end; stop None means no bound. */
    public int index(Object value, int start, Integer stop) {
        int from = start < 0 ? Math.max(len() + start, 0) : start;
        Integer until = stop != null && stop < 0 ? Integer.valueOf(stop + len()) : stop;
        for (int i = from; until == null || i < until; i++) {
            T item;
            try {
                item = getItem(i);
            } catch (IndexError end) {
                break;
            }
            if (same(item, value)) {
                return i;
            }
        }
        throw new ValueError("");
    }

    /** {@code self.count(value)}: how many items are value or equal to it. */
    public int count(Object value) {
        int count = 0;
        for (T item : this) {
            if (same(item, value)) {
                count++;
            }
        }
        return count;
    }

    /** Python's containment test, {@code v is value or v == value}: 1, 1.0 and True are equal, a nan is only itself. */
    private static boolean same(Object item, Object value) {
        return PyValues.pyEquals(item, value);
    }
}
