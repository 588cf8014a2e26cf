package generators;

import java.util.ArrayList;
import java.util.List;
import py.StopIteration;

/** {@code list(iterator)} spelled out for the specs: next() until StopIteration. */
final class Drain {
    private Drain() {
    }

    static List<Object> drain(PyIterator iterator) {
        List<Object> items = new ArrayList<>();
        while (true) {
            try {
                items.add(iterator.__next__());
            } catch (StopIteration end) {
                return items;
            }
        }
    }
}
