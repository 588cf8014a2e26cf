package coroutines;

import java.util.List;

/** Python's {@code list_iterator}: values only, with no send, throw or close. */
public final class ListIterator implements PyIterator {

    /** {@code iter(items)}. */
    public ListIterator(List<?> items) {
        throw new UnsupportedOperationException("TODO(task 3): iterate over the items - see katas/coroutines/README.md#task-3");
    }

    /** The next item, or StopIteration at the end. */
    @Override
    public Object __next__() {
        throw new UnsupportedOperationException("TODO(task 3): return the next item - see katas/coroutines/README.md#task-3");
    }
}
