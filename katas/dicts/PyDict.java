package dicts;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A dict built like CPython's compact dict: a sparse index array of small ints points into a
 * dense array of (hash, key, value) entries kept in insertion order.
 */
public class PyDict implements Iterable<Object> {

    /** {@code dict(**kwargs)}. */
    public PyDict(Kw... kwargs) {
        throw new UnsupportedOperationException("TODO(task 2): create a dict holding the given keyword pairs - see katas/dicts/README.md#task-2");
    }

    /** {@code dict.fromkeys(keys, value)}. */
    public static PyDict fromkeys(Iterable<?> keys, Object value) {
        throw new UnsupportedOperationException("TODO(task 3): build a dict mapping every key to value - see katas/dicts/README.md#task-3");
    }

    /** {@code d[key]}: KeyError(key) unless {@link #missing} supplies a value. */
    public Object getItem(Object key) {
        throw new UnsupportedOperationException("TODO(task 2): look the key up - see katas/dicts/README.md#task-2");
    }

    /** {@code __missing__}: what {@code d[key]} does for an absent key. A plain dict raises KeyError(key). */
    protected Object missing(Object key) {
        throw new UnsupportedOperationException("TODO(task 2): raise KeyError for an absent key - see katas/dicts/README.md#task-2");
    }

    /** {@code d[key] = value}. */
    public void setItem(Object key, Object value) {
        throw new UnsupportedOperationException("TODO(task 2): store value under key - see katas/dicts/README.md#task-2");
    }

    /** {@code del d[key]}: KeyError(key) when absent. */
    public void delItem(Object key) {
        throw new UnsupportedOperationException("TODO(task 2): remove the key - see katas/dicts/README.md#task-2");
    }

    /** {@code len(d)}. */
    public int len() {
        throw new UnsupportedOperationException("TODO(task 2): count the keys - see katas/dicts/README.md#task-2");
    }

    /** {@code key in d}. */
    public boolean contains(Object key) {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the key is present - see katas/dicts/README.md#task-2");
    }

    /** {@code d.get(key)}: None (null) when absent. */
    public Object get(Object key) {
        throw new UnsupportedOperationException("TODO(task 3): read a key that may be absent - see katas/dicts/README.md#task-3");
    }

    /** {@code d.get(key, default)}. */
    public Object get(Object key, Object defaultValue) {
        throw new UnsupportedOperationException("TODO(task 3): read a key that may be absent - see katas/dicts/README.md#task-3");
    }

    /** {@code d.setdefault(key, default)}. */
    public Object setdefault(Object key, Object defaultValue) {
        throw new UnsupportedOperationException("TODO(task 3): return the value, inserting the default if absent - see katas/dicts/README.md#task-3");
    }

    /** {@code d.pop(key)}: KeyError(key) when absent. */
    public Object pop(Object key) {
        throw new UnsupportedOperationException("TODO(task 3): remove the key and return its value - see katas/dicts/README.md#task-3");
    }

    /** {@code d.pop(key, default)}. */
    public Object pop(Object key, Object defaultValue) {
        throw new UnsupportedOperationException("TODO(task 3): remove the key and return its value or the default - see katas/dicts/README.md#task-3");
    }

    /** {@code d.popitem()}: the most recently inserted pair, LIFO. */
    public Map.Entry<Object, Object> popitem() {
        throw new UnsupportedOperationException("TODO(task 3): remove and return the last pair - see katas/dicts/README.md#task-3");
    }

    /** {@code d.update(other)}. */
    public void update(PyDict other) {
        throw new UnsupportedOperationException("TODO(task 3): copy every pair of another dict in - see katas/dicts/README.md#task-3");
    }

    /** {@code d.update(pairs)}: each element a 2-item sequence (List, Object[], Map.Entry or 2-char string). */
    public void update(Iterable<?> pairs) {
        throw new UnsupportedOperationException("TODO(task 3): copy every pair of a sequence in - see katas/dicts/README.md#task-3");
    }

    /** {@code d.update(name=value, ...)}. */
    public void update(Kw... kwargs) {
        throw new UnsupportedOperationException("TODO(task 3): copy every keyword pair in - see katas/dicts/README.md#task-3");
    }

    /** {@code d.clear()}. */
    public void clear() {
        throw new UnsupportedOperationException("TODO(task 2): empty the dict - see katas/dicts/README.md#task-2");
    }

    /** {@code d.copy()}: a shallow copy. */
    public PyDict copy() {
        throw new UnsupportedOperationException("TODO(task 3): make a shallow copy - see katas/dicts/README.md#task-3");
    }

    /** {@code list(d)}, in insertion order. */
    public List<Object> keys() {
        throw new UnsupportedOperationException("TODO(task 2): list the keys in insertion order - see katas/dicts/README.md#task-2");
    }

    /** {@code list(d.values())}, in insertion order. */
    public List<Object> values() {
        throw new UnsupportedOperationException("TODO(task 3): list the values in insertion order - see katas/dicts/README.md#task-3");
    }

    /** {@code list(d.items())}, in insertion order. */
    public List<Map.Entry<Object, Object>> items() {
        throw new UnsupportedOperationException("TODO(task 3): list the pairs in insertion order - see katas/dicts/README.md#task-3");
    }

    /** {@code iter(d)}: RuntimeError if the dict changes while it is iterated. */
    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 2): iterate the keys in insertion order - see katas/dicts/README.md#task-2");
    }

    /** A copy of the sparse index array: -1 an empty slot, -2 a tombstone, else a position in the entries. */
    public int[] indexTable() {
        throw new UnsupportedOperationException("TODO(task 2): expose the index array - see katas/dicts/README.md#task-2");
    }

    /** How many dense entries are in use, counting holes left by deleted keys. */
    public int entryCount() {
        throw new UnsupportedOperationException("TODO(task 2): count the entries used so far - see katas/dicts/README.md#task-2");
    }

    /** {@code repr(d)}. */
    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 2): print the dict the way Python does - see katas/dicts/README.md#task-2");
    }
}
