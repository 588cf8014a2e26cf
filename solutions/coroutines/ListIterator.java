package coroutines;

import java.util.List;
import py.StopIteration;

/** Python's {@code list_iterator}: values only, with no send, throw or close. */
public final class ListIterator implements PyIterator {
    private final List<?> items;
    private int index;

    /** {@code iter(items)}. */
    public ListIterator(List<?> items) {
        this.items = items;
    }

    /** The next item, or StopIteration at the end. */
    @Override
    public Object __next__() {
        if (index >= items.size()) {
            throw new StopIteration();
        }
        return items.get(index++);
    }
}
