package dicts;

import java.util.Iterator;

/** {@code collections.UserDict}: a mapping written in "Python" around a real dict, its {@code data}. */
public class PyUserDict implements Iterable<Object> {

    /** {@code UserDict(**kwargs)}. */
    public PyUserDict(Kw... kwargs) {
        throw new UnsupportedOperationException("TODO(task 4): create a UserDict holding the keyword pairs - see katas/dicts/README.md#task-4");
    }

    /** The {@code data} attribute: the real dict underneath. */
    public PyDict data() {
        throw new UnsupportedOperationException("TODO(task 4): return the dict underneath - see katas/dicts/README.md#task-4");
    }

    /** {@code self[key]}. */
    public Object getItem(Object key) {
        throw new UnsupportedOperationException("TODO(task 4): look the key up - see katas/dicts/README.md#task-4");
    }

    /** {@code __missing__}: KeyError(key) unless a subclass overrides it. */
    protected Object missing(Object key) {
        throw new UnsupportedOperationException("TODO(task 4): decide what self[key] does for an absent key - see katas/dicts/README.md#task-4");
    }

    /** {@code self[key] = value}. */
    public void setItem(Object key, Object value) {
        throw new UnsupportedOperationException("TODO(task 4): store value under key - see katas/dicts/README.md#task-4");
    }

    /** {@code del self[key]}. */
    public void delItem(Object key) {
        throw new UnsupportedOperationException("TODO(task 4): remove the key - see katas/dicts/README.md#task-4");
    }

    /** {@code len(self)}. */
    public int len() {
        throw new UnsupportedOperationException("TODO(task 4): count the keys - see katas/dicts/README.md#task-4");
    }

    /** {@code key in self}. */
    public boolean contains(Object key) {
        throw new UnsupportedOperationException("TODO(task 4): tell whether the key is present - see katas/dicts/README.md#task-4");
    }

    /** {@code self.setdefault(key, default)}, as MutableMapping defines it. */
    public Object setdefault(Object key, Object defaultValue) {
        throw new UnsupportedOperationException("TODO(task 4): return the value, inserting the default if absent - see katas/dicts/README.md#task-4");
    }

    /** {@code self.update(mapping)}, as MutableMapping defines it. */
    public void update(PyDict other) {
        throw new UnsupportedOperationException("TODO(task 4): copy every pair of a dict in - see katas/dicts/README.md#task-4");
    }

    /** {@code self.update(**kwargs)}, as MutableMapping defines it. */
    public void update(Kw... kwargs) {
        throw new UnsupportedOperationException("TODO(task 4): copy every keyword pair in - see katas/dicts/README.md#task-4");
    }

    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 4): iterate the keys - see katas/dicts/README.md#task-4");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 4): print like a dict - see katas/dicts/README.md#task-4");
    }
}
