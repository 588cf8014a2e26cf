package sequences;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import py.TypeError;

/** Python's tuple: immutable, so it has no += of its own and {@code t += x} rebinds t to {@code t + x}. */
public final class PyTuple implements Iterable<Object> {
    private final List<Object> items;

    private PyTuple(Object[] items) {
        // Arrays.asList, not List.of: a tuple may hold None.
        this.items = Collections.unmodifiableList(Arrays.asList(items.clone()));
    }

    /** A tuple holding the given items, like {@code (a, b)}. Items may be None (null). */
    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    /** {@code len(t)}. */
    public int len() {
        return items.size();
    }

    /** {@code t[index]}, where a negative index counts from the end. */
    public Object get(int index) {
        return items.get(PyValues.normalize(index, items.size(), "tuple index out of range"));
    }

    /** {@code t[index] = value}: always refused, a tuple cannot change. */
    public void setItem(int index, Object value) {
        throw new TypeError("'tuple' object does not support item assignment");
    }

    /** {@code t + other}: a new tuple; the right operand must be a tuple too. */
    public PyTuple add(Object other) {
        if (!(other instanceof PyTuple right)) {
            throw new TypeError("can only concatenate tuple (not \"" + PyValues.typeName(other) + "\") to tuple");
        }
        Object[] joined = Arrays.copyOf(items.toArray(), items.size() + right.items.size());
        System.arraycopy(right.items.toArray(), 0, joined, items.size(), right.items.size());
        return new PyTuple(joined);
    }

    /** The items as an unmodifiable Java list. */
    public List<Object> toList() {
        return items;
    }

    @Override
    public Iterator<Object> iterator() {
        return items.iterator();
    }

    /** {@code repr(t)}: a one-element tuple keeps its trailing comma, {@code (1,)}. */
    public String repr() {
        if (items.size() == 1) {
            return "(" + PyValues.repr(items.get(0)) + ",)";
        }
        StringJoiner out = new StringJoiner(", ", "(", ")");
        items.forEach(item -> out.add(PyValues.repr(item)));
        return out.toString();
    }
}
