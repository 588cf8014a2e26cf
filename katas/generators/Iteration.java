package generators;

import java.util.List;

/** The built-ins {@code iter()}, {@code next()} and {@code list()}, for objects that play Python objects. */
public final class Iteration {
    private Iteration() {
    }

    /** {@code iter(obj)}: an iterator over obj, by __iter__ or else by __getitem__, or Python's TypeError. */
    public static PyIterator iter(Object obj) {
        throw new UnsupportedOperationException("TODO(task 1): return an iterator over obj the way iter() does - see katas/generators/README.md#task-1");
    }

    /** {@code next(it)}: the next item of an iterator, or Python's TypeError for anything else. */
    public static Object next(Object iterator) {
        throw new UnsupportedOperationException("TODO(task 1): advance the iterator the way next() does - see katas/generators/README.md#task-1");
    }

    /** {@code list(obj)}: every item, the way a for loop gets them. */
    public static List<Object> toList(Object iterable) {
        throw new UnsupportedOperationException("TODO(task 1): collect every item the way list() does - see katas/generators/README.md#task-1");
    }
}
