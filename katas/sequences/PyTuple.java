package sequences;

import java.util.Iterator;
import java.util.List;

/** Python's tuple: immutable, with no += of its own. */
public final class PyTuple implements Iterable<Object> {

    private PyTuple() {
        throw new UnsupportedOperationException("TODO(task 1): decide how a tuple keeps its items - see katas/sequences/README.md#task-1");
    }

    /** A tuple holding the given items, like {@code (a, b)}. Items may be None (null). */
    public static PyTuple of(Object... items) {
        throw new UnsupportedOperationException("TODO(task 1): create a tuple holding these items - see katas/sequences/README.md#task-1");
    }

    /** {@code len(t)}. */
    public int len() {
        throw new UnsupportedOperationException("TODO(task 1): return the number of items - see katas/sequences/README.md#task-1");
    }

    /** {@code t[index]}, where a negative index counts from the end. */
    public Object get(int index) {
        throw new UnsupportedOperationException("TODO(task 1): return the item at index, or raise IndexError like Python - see katas/sequences/README.md#task-1");
    }

    /** {@code t[index] = value}. */
    public void setItem(int index, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): behave like item assignment on a Python tuple - see katas/sequences/README.md#task-1");
    }

    /** {@code t + other}: a new tuple; the right operand must be a tuple too. */
    public PyTuple add(Object other) {
        throw new UnsupportedOperationException("TODO(task 1): concatenate two tuples into a new one, refusing anything else with TypeError - see katas/sequences/README.md#task-1");
    }

    /** The items as an unmodifiable Java list. */
    public List<Object> toList() {
        throw new UnsupportedOperationException("TODO(task 1): return the items as a Java list - see katas/sequences/README.md#task-1");
    }

    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 1): iterate over the items in order - see katas/sequences/README.md#task-1");
    }

    /** {@code repr(t)}, e.g. {@code (1, 2)} or {@code (1,)}. */
    public String repr() {
        throw new UnsupportedOperationException("TODO(task 1): render the tuple the way Python's repr does - see katas/sequences/README.md#task-1");
    }
}
