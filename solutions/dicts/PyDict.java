package dicts;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import py.KeyError;
import py.Repr;
import py.RuntimeError;

/**
 * A dict built like CPython's compact dict: a sparse index array of small ints points into a
 * dense array of (hash, key, value) entries kept in insertion order.
 */
public class PyDict implements Iterable<Object> {
    static final int EMPTY = -1;
    static final int DUMMY = -2;
    /** Marks an entry whose key was deleted: keys may legitimately be null (None). */
    private static final Object DELETED = new Object();

    /** Like CPython's shared empty keys object: one slot, nothing usable, so the first insert resizes. */
    private int[] indices = {EMPTY};
    private long[] hashes = new long[0];
    private Object[] keys = new Object[0];
    private Object[] values = new Object[0];
    private int entryCount;
    private int used;
    private int usable;

    /** {@code dict(**kwargs)}: like the C constructor, it stores directly and never calls setItem. */
    public PyDict(Kw... kwargs) {
        for (Kw kw : kwargs) {
            store(kw.name(), kw.value());
        }
    }

    /**
     * {@code dict.fromkeys(keys, value)}: every key gets the very same value object. From a dict
     * or a set, whose size is known, CPython sizes the table up front, as {@link #update} does.
     */
    public static PyDict fromkeys(Iterable<?> keys, Object value) {
        PyDict dict = new PyDict();
        if (keys.getClass() == PyDict.class || keys instanceof PyAnySet) {
            int count = keys instanceof PyDict source ? source.used : ((PyAnySet) keys).len();
            dict.resize(TableGeometry.sizeForMerging(count));
        }
        for (Object key : keys) {
            dict.store(key, value);
        }
        return dict;
    }

    /** {@code d[key]}: KeyError(key) unless {@link #missing} supplies a value. */
    public Object getItem(Object key) {
        int entry = findEntry(key, PyHash.hash(key));
        return entry >= 0 ? values[entry] : missing(key);
    }

    /** {@code __missing__}: what {@code d[key]} does for an absent key. A plain dict raises KeyError. */
    protected Object missing(Object key) {
        throw new KeyError(key);
    }

    /** {@code d[key] = value}: an existing equal key keeps its object and its position. */
    public void setItem(Object key, Object value) {
        store(key, value);
    }

    /** {@code del d[key]}. */
    public void delItem(Object key) {
        long hash = PyHash.hash(key);
        int slot = findSlot(key, hash);
        if (slot < 0) {
            throw new KeyError(key);
        }
        removeAt(slot);
    }

    /** {@code len(d)}. */
    public int len() {
        return used;
    }

    /** {@code key in d}: never calls {@link #missing}. */
    public boolean contains(Object key) {
        return findEntry(key, PyHash.hash(key)) >= 0;
    }

    /** {@code d.get(key)}: None (null) when absent; never calls {@link #missing}. */
    public Object get(Object key) {
        return get(key, null);
    }

    /** {@code d.get(key, default)}. */
    public Object get(Object key, Object defaultValue) {
        int entry = findEntry(key, PyHash.hash(key));
        return entry >= 0 ? values[entry] : defaultValue;
    }

    /** {@code d.setdefault(key, default)}: inserts without going through setItem, like the C method. */
    public Object setdefault(Object key, Object defaultValue) {
        long hash = PyHash.hash(key);
        int entry = findEntry(key, hash);
        if (entry >= 0) {
            return values[entry];
        }
        insertNew(key, hash, defaultValue);
        return defaultValue;
    }

    /** {@code d.pop(key)}: KeyError(key) when absent. An empty dict answers without hashing: {@code {}.pop([1])} is KeyError. */
    public Object pop(Object key) {
        if (used == 0) {
            throw new KeyError(key);
        }
        int slot = findSlot(key, PyHash.hash(key));
        if (slot < 0) {
            throw new KeyError(key);
        }
        return removeAt(slot).getValue();
    }

    /** {@code d.pop(key, default)}; on an empty dict, the default without hashing the key. */
    public Object pop(Object key, Object defaultValue) {
        if (used == 0) {
            return defaultValue;
        }
        int slot = findSlot(key, PyHash.hash(key));
        return slot < 0 ? defaultValue : removeAt(slot).getValue();
    }

    /** {@code d.popitem()}: removes and returns the most recently inserted pair (LIFO). */
    public Map.Entry<Object, Object> popitem() {
        if (used == 0) {
            throw new KeyError("popitem(): dictionary is empty");
        }
        int last = entryCount - 1;
        while (keys[last] == DELETED) {
            last--;
        }
        Map.Entry<Object, Object> item = removeAt(slotOfEntry(last));
        // Trailing holes are dropped too, but the slot stays a tombstone, so nothing becomes usable.
        entryCount = last;
        return item;
    }

    /**
     * {@code d.update(other)}: copies in other's order, storing directly (no setItem). Like CPython's
     * dict_merge, an empty dict takes a copy of other's table when that table is freshly built
     * (no holes, not oversized); otherwise the table is sized for both dicts before the first insert.
     */
    public void update(PyDict other) {
        if (other == this || other.used == 0) {
            return;
        }
        if (used == 0 && other.isFreshlyBuilt()) {
            copyTableOf(other);
            return;
        }
        if (TableGeometry.usableFraction(indices.length) < other.used) {
            resize(TableGeometry.sizeForMerging(used + other.used));
        }
        for (int i = 0; i < other.entryCount; i++) {
            if (other.keys[i] != DELETED) {
                store(other.keys[i], other.values[i]);
            }
        }
    }

    /** {@code d.update(pairs)}: each element a 2-item sequence (List, Object[], Map.Entry or 2-char string). */
    public void update(Iterable<?> pairs) {
        if (pairs instanceof PyDict dict) {
            update(dict);
            return;
        }
        int position = 0;
        for (Object element : pairs) {
            List<?> pair = UpdatePairs.asPair(element, position++);
            store(pair.get(0), pair.get(1));
        }
    }

    /** {@code d.update(name=value, ...)}. */
    public void update(Kw... kwargs) {
        for (Kw kw : kwargs) {
            store(kw.name(), kw.value());
        }
    }

    /** {@code d.clear()}: back to the shared empty table. */
    public void clear() {
        indices = new int[] {EMPTY};
        hashes = new long[0];
        keys = new Object[0];
        values = new Object[0];
        entryCount = 0;
        used = 0;
        usable = 0;
    }

    /**
     * {@code d.copy()}: a new dict holding the same key and value objects (shallow). CPython copies
     * the table as it is, holes and tombstones included, unless more than a third of its entries
     * are holes; then the copy is built by {@link #update}, which leaves them out.
     */
    public PyDict copy() {
        PyDict copy = new PyDict();
        if (used > 0 && used >= entryCount * 2 / 3) {
            copy.copyTableOf(this);
        } else {
            copy.update(this);
        }
        return copy;
    }

    /** {@code list(d)}. */
    public List<Object> keys() {
        List<Object> result = new ArrayList<>(used);
        for (int i = 0; i < entryCount; i++) {
            if (keys[i] != DELETED) {
                result.add(keys[i]);
            }
        }
        return result;
    }

    /** {@code list(d.values())}. */
    public List<Object> values() {
        return items().stream().map(Map.Entry::getValue).toList();
    }

    /** {@code list(d.items())}, in insertion order. */
    public List<Map.Entry<Object, Object>> items() {
        List<Map.Entry<Object, Object>> result = new ArrayList<>(used);
        for (int i = 0; i < entryCount; i++) {
            if (keys[i] != DELETED) {
                result.add(new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]));
            }
        }
        return result;
    }

    /** {@code iter(d)}: raises RuntimeError if the dict changes size while it is being iterated. */
    @Override
    public Iterator<Object> iterator() {
        return keyIterator("dictionary changed size during iteration", true);
    }

    /** A copy of the sparse index array: -1 is an empty slot, -2 a tombstone, else an entry position. */
    public int[] indexTable() {
        return indices.clone();
    }

    /** How many dense entries are in use, counting the holes that deleted keys left behind. */
    public int entryCount() {
        return entryCount;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        String separator = "";
        // The dense entries in order, holes skipped: the table itself, not items(), which comes a task later.
        for (int i = 0; i < entryCount; i++) {
            if (keys[i] != DELETED) {
                out.append(separator).append(Repr.of(keys[i])).append(": ").append(Repr.of(values[i]));
                separator = ", ";
            }
        }
        return out.append('}').toString();
    }

    // ------------------------------------------------------------------ the table itself

    /** Stores without any overridable call: what dict's own C methods do. */
    final void store(Object key, Object value) {
        long hash = PyHash.hash(key);
        int entry = findEntry(key, hash);
        if (entry >= 0) {
            values[entry] = value;
        } else {
            insertNew(key, hash, value);
        }
    }

    private void insertNew(Object key, long hash, Object value) {
        if (usable <= 0) {
            resize(TableGeometry.sizeFor(used * 3L));
        }
        int slot = TableGeometry.firstFreeSlot(indices, hash);
        indices[slot] = entryCount;
        hashes[entryCount] = hash;
        keys[entryCount] = key;
        values[entryCount] = value;
        entryCount++;
        used++;
        usable--;
    }

    private int findEntry(Object key, long hash) {
        int slot = findSlot(key, hash);
        return slot < 0 ? -1 : indices[slot];
    }

    /** The slot whose entry holds key, or -1. Tombstones keep the probe going; empty slots stop it. */
    private int findSlot(Object key, long hash) {
        int mask = indices.length - 1;
        int slot = (int) (hash & mask);
        for (long perturb = hash; ; ) {
            int entry = indices[slot];
            if (entry == EMPTY) {
                return -1;
            }
            if (entry >= 0 && (keys[entry] == key || hashes[entry] == hash && PyHash.keyEquals(keys[entry], key))) {
                return slot;
            }
            perturb >>>= TableGeometry.PERTURB_SHIFT;
            slot = TableGeometry.nextSlot(slot, perturb, mask);
        }
    }

    private int slotOfEntry(int entry) {
        int mask = indices.length - 1;
        int slot = (int) (hashes[entry] & mask);
        for (long perturb = hashes[entry]; indices[slot] != entry; ) {
            perturb >>>= TableGeometry.PERTURB_SHIFT;
            slot = TableGeometry.nextSlot(slot, perturb, mask);
        }
        return slot;
    }

    private Map.Entry<Object, Object> removeAt(int slot) {
        int entry = indices[slot];
        Map.Entry<Object, Object> item = new AbstractMap.SimpleImmutableEntry<>(keys[entry], values[entry]);
        // A tombstone, not EMPTY: keys that probed past this slot must still be found.
        indices[slot] = DUMMY;
        keys[entry] = DELETED;
        values[entry] = null;
        used--;
        return item;
    }

    /** No holes, and not a table left oversized by an earlier resize: what dict_merge simply copies. */
    private boolean isFreshlyBuilt() {
        return used == entryCount && (indices.length == 8 || TableGeometry.usableFraction(indices.length / 2) < used);
    }

    private void copyTableOf(PyDict other) {
        indices = other.indices.clone();
        hashes = other.hashes.clone();
        keys = other.keys.clone();
        values = other.values.clone();
        entryCount = other.entryCount;
        used = other.used;
        usable = other.usable;
    }

    /** Copies the live entries, in order and without holes, into a fresh table. */
    private void resize(int size) {
        int capacity = TableGeometry.usableFraction(size);
        long[] newHashes = new long[capacity];
        Object[] newKeys = new Object[capacity];
        Object[] newValues = new Object[capacity];
        int[] newIndices = new int[size];
        Arrays.fill(newIndices, EMPTY);
        int count = 0;
        for (int i = 0; i < entryCount; i++) {
            if (keys[i] != DELETED) {
                newHashes[count] = hashes[i];
                newKeys[count] = keys[i];
                newValues[count] = values[i];
                newIndices[TableGeometry.firstFreeSlot(newIndices, hashes[i])] = count;
                count++;
            }
        }
        indices = newIndices;
        hashes = newHashes;
        keys = newKeys;
        values = newValues;
        entryCount = count;
        usable = capacity - count;
    }

    /** Walks the dense entries by position, as CPython's dict iterator does. */
    Iterator<Object> keyIterator(String sizeChangedMessage, boolean detectKeyChanges) {
        return new Iterator<>() {
            private final int expectedSize = used;
            private int position;
            private int remaining = used;
            private boolean finished;

            @Override
            public boolean hasNext() {
                if (finished) {
                    return false;
                }
                if (used != expectedSize) {
                    throw new RuntimeError(sizeChangedMessage);
                }
                while (position < entryCount && keys[position] == DELETED) {
                    position++;
                }
                if (position >= entryCount) {
                    finished = true;
                    return false;
                }
                // Same size but more keys than it started with: something was deleted and added.
                if (detectKeyChanges && remaining == 0) {
                    finished = true;
                    throw new RuntimeError("dictionary keys changed during iteration");
                }
                return true;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                remaining--;
                return keys[position++];
            }
        };
    }
}
