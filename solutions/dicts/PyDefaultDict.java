package dicts;

import java.util.function.Supplier;
import py.KeyError;

/** {@code collections.defaultdict}: a dict whose {@code __missing__} builds, stores and returns a default. */
public class PyDefaultDict extends PyDict {
    private final Supplier<?> defaultFactory;

    /** {@code defaultdict(default_factory)}; a null factory behaves like {@code defaultdict(None)}. */
    public PyDefaultDict(Supplier<?> defaultFactory) {
        this.defaultFactory = defaultFactory;
    }

    /** The {@code default_factory} attribute (null for None). */
    public Supplier<?> defaultFactory() {
        return defaultFactory;
    }

    /** Only {@code d[key]} gets here; get() and contains() never do. */
    @Override
    protected Object missing(Object key) {
        if (defaultFactory == null) {
            throw new KeyError(key);
        }
        Object value = defaultFactory.get();
        // defaultdict stores through d[key] = value, so a subclass's setItem sees it.
        setItem(key, value);
        return value;
    }
}
