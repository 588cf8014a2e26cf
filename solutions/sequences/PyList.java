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
            return get(((Number) key).intValue());
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

    /** What CPython would call type(x).__name__, iter(x) and repr(x), for the Java stand-ins of Python values. */
    static final class PyValues {
        private PyValues() {
        }

        static String typeName(Object value) {
            if (value == null) {
                return "NoneType";
            }
            if (value instanceof Boolean) {
                return "bool";
            }
            if (isInt(value)) {
                return "int";
            }
            if (value instanceof Double || value instanceof Float) {
                return "float";
            }
            if (value instanceof CharSequence || value instanceof Character) {
                return "str";
            }
            if (value instanceof PyList) {
                return "list";
            }
            if (value instanceof PyTuple) {
                return "tuple";
            }
            if (value instanceof PyDeque) {
                return "collections.deque";
            }
            if (value instanceof PyArray) {
                return "array.array";
            }
            if (value instanceof GeneratorExpression) {
                return "generator";
            }
            return value.getClass().getSimpleName();
        }

        static boolean isInt(Object value) {
            return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
        }

        /** Python's iter(x): a str iterates over one-character strings; anything else must be iterable. */
        static Iterator<?> iter(Object value) {
            if (value instanceof Iterable<?> iterable) {
                return iterable.iterator();
            }
            if (value instanceof Iterator<?> iterator) {
                return iterator;
            }
            if (value instanceof CharSequence text) {
                return text.codePoints().mapToObj(Character::toString).iterator();
            }
            throw new TypeError("'" + typeName(value) + "' object is not iterable");
        }

        /** list(x) when the caller needs every item before it changes anything (CPython's PySequence_Fast). */
        static List<Object> snapshot(Object value, String notIterableMessage) {
            if (!(value instanceof Iterable<?> || value instanceof Iterator<?> || value instanceof CharSequence)) {
                throw new TypeError(notIterableMessage);
            }
            List<Object> items = new ArrayList<>();
            iter(value).forEachRemaining(items::add);
            return items;
        }

        static String repr(Object value) {
            if (value instanceof PyList list) {
                return list.repr();
            }
            if (value instanceof PyTuple tuple) {
                return tuple.repr();
            }
            return Repr.of(value);
        }

        /** A negative index counts from the end, like CPython's PyList_GetItem after adding len. */
        static int normalize(int index, int length, String outOfRangeMessage) {
            long position = index < 0 ? (long) index + length : index;
            if (position < 0 || position >= length) {
                throw new py.IndexError(outOfRangeMessage);
            }
            return (int) position;
        }
    }
}
