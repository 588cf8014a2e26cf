package dicts;

import java.util.Iterator;
import java.util.Map;
import py.KeyError;

/**
 * {@code collections.UserDict}: a mapping written in "Python" on top of a real dict. Every write,
 * including the constructor's and update's, goes through {@link #setItem}, so a subclass that
 * overrides setItem sees them all.
 */
public class PyUserDict implements Iterable<Object> {
    private final PyDict data = new PyDict();

    /** {@code UserDict(**kwargs)}: fills itself through update, hence through setItem. */
    public PyUserDict(Kw... kwargs) {
        update(kwargs);
    }

    /** The {@code data} attribute: the real dict underneath. */
    public PyDict data() {
        return data;
    }

    /** {@code self[key]}: falls back to {@link #missing} like UserDict.__getitem__. */
    public Object getItem(Object key) {
        if (data.contains(key)) {
            return data.getItem(key);
        }
        return missing(key);
    }

    /** {@code __missing__}: raises KeyError unless a subclass overrides it. */
    protected Object missing(Object key) {
        throw new KeyError(key);
    }

    /** {@code self[key] = value}: the one method every write goes through. */
    public void setItem(Object key, Object value) {
        data.setItem(key, value);
    }

    /** {@code del self[key]}. */
    public void delItem(Object key) {
        data.delItem(key);
    }

    /** {@code len(self)}. */
    public int len() {
        return data.len();
    }

    /** {@code key in self}. */
    public boolean contains(Object key) {
        return data.contains(key);
    }

    /** {@code MutableMapping.setdefault}: reads with getItem, writes with setItem. */
    public Object setdefault(Object key, Object defaultValue) {
        try {
            return getItem(key);
        } catch (KeyError absent) {
            setItem(key, defaultValue);
            return defaultValue;
        }
    }

    /** {@code MutableMapping.update(mapping)}: one setItem per pair. */
    public void update(PyDict other) {
        for (Map.Entry<Object, Object> item : other.items()) {
            setItem(item.getKey(), item.getValue());
        }
    }

    /** {@code MutableMapping.update(**kwargs)}: one setItem per keyword. */
    public void update(Kw... kwargs) {
        for (Kw kw : kwargs) {
            setItem(kw.name(), kw.value());
        }
    }

    @Override
    public Iterator<Object> iterator() {
        return data.iterator();
    }

    @Override
    public String toString() {
        return data.toString();
    }
}
