package dicts;

import java.util.function.Supplier;

/** {@code collections.defaultdict}: a dict that fills in missing keys from a factory. */
public class PyDefaultDict extends PyDict {

    /** {@code defaultdict(default_factory)}; null stands for None. */
    public PyDefaultDict(Supplier<?> defaultFactory) {
        throw new UnsupportedOperationException("TODO(task 4): remember the default factory - see katas/dicts/README.md#task-4");
    }

    /** The {@code default_factory} attribute (null for None). */
    public Supplier<?> defaultFactory() {
        throw new UnsupportedOperationException("TODO(task 4): return the default factory - see katas/dicts/README.md#task-4");
    }

    /** {@code __missing__} of defaultdict. */
    @Override
    protected Object missing(Object key) {
        throw new UnsupportedOperationException("TODO(task 4): decide what d[key] does for an absent key - see katas/dicts/README.md#task-4");
    }
}
