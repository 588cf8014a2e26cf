package sequences;

import java.util.Iterator;
import java.util.List;

/** Python's list: + builds a new list from two lists, += extends this very object with any iterable. */
public final class PyList implements Iterable<Object> {

    /** An empty list, like {@code []}. */
    public PyList() {
        throw new UnsupportedOperationException("TODO(task 1): create an empty list - see katas/sequences/README.md#task-1");
    }

    /** A list holding the given items, like {@code [a, b, c]}. */
    public static PyList of(Object... items) {
        throw new UnsupportedOperationException("TODO(task 1): create a list holding these items - see katas/sequences/README.md#task-1");
    }

    /** {@code len(lst)}. */
    public int len() {
        throw new UnsupportedOperationException("TODO(task 1): return the number of items - see katas/sequences/README.md#task-1");
    }

    /** {@code lst[index]}, where a negative index counts from the end. */
    public Object get(int index) {
        throw new UnsupportedOperationException("TODO(task 1): return the item at index, or raise IndexError like Python - see katas/sequences/README.md#task-1");
    }

    /** {@code lst[index] = value}. */
    public void set(int index, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): replace the item at index, or raise IndexError like Python - see katas/sequences/README.md#task-1");
    }

    /** {@code lst + other}: a new list; the right operand must be a list too. */
    public PyList add(Object other) {
        throw new UnsupportedOperationException("TODO(task 1): concatenate two lists into a new one, refusing anything else with TypeError - see katas/sequences/README.md#task-1");
    }

    /** {@code lst += other}: extend this list in place with any iterable and return it. */
    public PyList iadd(Object other) {
        throw new UnsupportedOperationException("TODO(task 1): extend this very list with any iterable and return it - see katas/sequences/README.md#task-1");
    }

    /** {@code lst.extend(iterable)}: append each item of any iterable; returns None. */
    public void extend(Object iterable) {
        throw new UnsupportedOperationException("TODO(task 1): append every item of the iterable - see katas/sequences/README.md#task-1");
    }

    /** {@code lst.append(item)}: the item goes in as one element, even if it is iterable. */
    public void append(Object item) {
        throw new UnsupportedOperationException("TODO(task 1): add the item as one element at the end - see katas/sequences/README.md#task-1");
    }

    /** A copy of the items as a Java list. */
    public List<Object> toList() {
        throw new UnsupportedOperationException("TODO(task 1): return the items as a Java list - see katas/sequences/README.md#task-1");
    }

    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 1): iterate over the items in order - see katas/sequences/README.md#task-1");
    }

    /** {@code repr(lst)}, e.g. {@code [1, 'a', (7, 8)]}. */
    public String repr() {
        throw new UnsupportedOperationException("TODO(task 1): render the list the way Python's repr does - see katas/sequences/README.md#task-1");
    }

    /** {@code lst[key]} for an int or a slice; any other key is a TypeError. */
    public Object getItem(Object key) {
        throw new UnsupportedOperationException("TODO(task 2): dispatch on the key type the way list.__getitem__ does - see katas/sequences/README.md#task-2");
    }

    /** {@code lst[start:stop:step]}: a new list. */
    public PyList getSlice(PySlice slice) {
        throw new UnsupportedOperationException("TODO(task 2): return the selected items as a new list - see katas/sequences/README.md#task-2");
    }

    /** {@code lst[start:stop:step] = iterable}. */
    public void setSlice(PySlice slice, Object iterable) {
        throw new UnsupportedOperationException("TODO(task 2): replace the selected items with those of the iterable - see katas/sequences/README.md#task-2");
    }

    /** {@code del lst[start:stop:step]}. */
    public void delSlice(PySlice slice) {
        throw new UnsupportedOperationException("TODO(task 2): remove the selected items - see katas/sequences/README.md#task-2");
    }

    /** {@code del lst[index]}. */
    public void delItem(int index) {
        throw new UnsupportedOperationException("TODO(task 2): remove the item at index, or raise IndexError like Python - see katas/sequences/README.md#task-2");
    }
}
