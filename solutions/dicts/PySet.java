package dicts;

import java.util.List;
import py.KeyError;
import py.TypeError;

/** {@code set}: mutable, and therefore unhashable (the notes call it immutable; it is not). */
public final class PySet extends PyAnySet {

    /** {@code set(iterable)}. */
    public PySet(Iterable<?> items) {
        super(items);
    }

    /** {@code {a, b, c}}. */
    public static PySet of(Object... items) {
        return new PySet(List.of(items));
    }

    @Override
    PyAnySet emptyLikeThis() {
        return new PySet(List.of());
    }

    /** {@code s.add(x)}: an equal element already present is kept. */
    public void add(Object item) {
        if (!table.contains(item)) {
            table.store(item, Boolean.TRUE);
        }
    }

    /** {@code s.remove(x)}: KeyError(x) when absent; a set x is looked up as a frozenset. */
    public void remove(Object item) {
        Object key = asKey(item);
        if (!table.contains(key)) {
            throw new KeyError(item);
        }
        table.delItem(key);
    }

    /** {@code s.discard(x)}: no error when absent; a set x is looked up as a frozenset. */
    public void discard(Object item) {
        Object key = asKey(item);
        if (table.contains(key)) {
            table.delItem(key);
        }
    }

    /** {@code s.clear()}. */
    public void clear() {
        table.clear();
    }

    /** {@code hash(s)}: a mutable set has no hash. */
    @Override
    public int hashCode() {
        throw new TypeError("unhashable type: 'set'");
    }

    @Override
    public String toString() {
        return len() == 0 ? "set()" : elementsRepr();
    }
}
