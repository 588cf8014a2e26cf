package sequences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import py.TypeError;
import py.Repr;

/** Python's list: + builds a new list from two lists, += extends this very object with any iterable. */
public final class PyList implements Iterable<Object> {
    private final ArrayList<Object> items = new ArrayList<>();

    /** An empty list, like {@code []}. */
    public PyList() {
    }

    /** A list holding the given items, like {@code [a, b, c]}. */
    public static PyList of(Object... items) {
        PyList list = new PyList();
        Collections.addAll(list.items, items);
        return list;
    }

    /** {@code len(lst)}. */
    public int len() {
        return items.size();
    }

    /** {@code lst[index]}, where a negative index counts from the end. */
    public Object get(int index) {
        return items.get(PyValues.normalize(index, items.size(), "list index out of range"));
    }

    /** {@code lst[index] = value}. */
    public void set(int index, Object value) {
        items.set(PyValues.normalize(index, items.size(), "list assignment index out of range"), value);
    }

    /** {@code lst + other}: a new list; the right operand must be a list too. */
    public PyList add(Object other) {
        if (!(other instanceof PyList right)) {
            throw new TypeError("can only concatenate list (not \"" + PyValues.typeName(other) + "\") to list");
        }
        PyList result = new PyList();
        result.items.addAll(items);
        result.items.addAll(right.items);
        return result;
    }

    /** {@code lst += other}: list.__iadd__ extends in place and returns self, so every alias sees it. */
    public PyList iadd(Object other) {
        extend(other);
        return this;
    }

    /** {@code lst.extend(iterable)}: append each item of any iterable; returns None. */
    public void extend(Object iterable) {
        if (iterable == this) {
            // lst += lst must double the list once, not chase its own growing tail.
            items.addAll(new ArrayList<>(items));
            return;
        }
        // Item by item, as CPython does: if the iterable fails midway, what came before stays.
        Iterator<?> source = PyValues.iter(iterable);
        while (source.hasNext()) {
            items.add(source.next());
        }
    }

    /** {@code lst.append(item)}: the item goes in as one element, even if it is iterable. */
    public void append(Object item) {
        items.add(item);
    }

    /** A copy of the items as a Java list. */
    public List<Object> toList() {
        return new ArrayList<>(items);
    }

    @Override
    public Iterator<Object> iterator() {
        return Collections.unmodifiableList(items).iterator();
    }

    /** {@code repr(lst)}, e.g. {@code [1, 'a', (7, 8)]}. */
    public String repr() {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        items.forEach(item -> out.add(PyValues.repr(item)));
        return out.toString();
    }

    /** {@code lst[key]} for an int or a slice, the way one __getitem__ serves both. */
    public Object getItem(Object key) {
        if (PyValues.isInt(key)) {
            // lst[True] is lst[1]; an index beyond int range is simply out of range, never wrapped.
            return items.get(PyValues.normalize(PyValues.asLong(key), items.size(), "list index out of range"));
        }
        if (key instanceof PySlice slice) {
            return getSlice(slice);
        }
        throw new TypeError("list indices must be integers or slices, not " + PyValues.typeName(key));
    }

    /** {@code lst[start:stop:step]}: a new list. */
    public PyList getSlice(PySlice slice) {
        int[] range = slice.indices(items.size());
        PyList result = new PyList();
        int count = PySlice.length(range);
        for (int i = 0, position = range[0]; i < count; i++, position += range[2]) {
            result.items.add(items.get(position));
        }
        return result;
    }

    /** {@code lst[start:stop:step] = iterable}: a simple slice may grow or shrink the list, an extended one may not. */
    public void setSlice(PySlice slice, Object iterable) {
        int[] range = slice.indices(items.size());
        if (range[2] == 1) {
            List<Object> replacement = PyValues.snapshot(iterable, "can only assign an iterable");
            // lst[5:2] = ... inserts at 5: an empty range starts where it starts.
            List<Object> window = items.subList(range[0], Math.max(range[0], range[1]));
            window.clear();
            window.addAll(replacement);
            return;
        }
        List<Object> replacement = PyValues.snapshot(iterable, "must assign iterable to extended slice");
        int count = PySlice.length(range);
        if (replacement.size() != count) {
            throw new py.ValueError("attempt to assign sequence of size " + replacement.size()
                    + " to extended slice of size " + count);
        }
        for (int i = 0, position = range[0]; i < count; i++, position += range[2]) {
            items.set(position, replacement.get(i));
        }
    }

    /** {@code del lst[start:stop:step]}. */
    public void delSlice(PySlice slice) {
        int[] range = slice.indices(items.size());
        int count = PySlice.length(range);
        List<Object> kept = new ArrayList<>(items.size() - count);
        int next = range[2] > 0 ? range[0] : range[0] + (count - 1) * range[2];
        int stride = Math.abs(range[2]);
        int removed = 0;
        for (int position = 0; position < items.size(); position++) {
            // Walk the doomed positions in ascending order, whatever the sign of the step.
            if (removed < count && position == next) {
                removed++;
                next += stride;
            } else {
                kept.add(items.get(position));
            }
        }
        items.clear();
        items.addAll(kept);
    }

    /** {@code del lst[index]}. */
    public void delItem(int index) {
        items.remove(PyValues.normalize(index, items.size(), "list assignment index out of range"));
    }
}
