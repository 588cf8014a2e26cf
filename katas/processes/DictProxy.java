package processes;

import java.io.Serializable;
import java.util.Map;

/**
 * A proxy to a dict that lives in a {@link Manager}'s process. It is serializable, so it can be
 * sent to pool workers; every call is a round trip to the manager.
 */
public final class DictProxy<K, V> implements Serializable {
    private static final long serialVersionUID = 1L;

    DictProxy() {
        throw new UnsupportedOperationException("TODO(task 4): a proxy that knows how to reach its dict in the manager - see katas/processes/README.md#task-4");
    }

    /** {@code d[key]}: KeyError if missing. */
    public V getItem(K key) {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager for d[key] - see katas/processes/README.md#task-4");
    }

    /** {@code d.get(key)}: null if missing. */
    public V get(K key) {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager for d.get(key) - see katas/processes/README.md#task-4");
    }

    /** {@code d[key] = value}. */
    public void setItem(K key, V value) {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager to set d[key] - see katas/processes/README.md#task-4");
    }

    /** {@code del d[key]}: KeyError if missing. */
    public void delItem(K key) {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager to delete d[key] - see katas/processes/README.md#task-4");
    }

    /** {@code len(d)}. */
    public int len() {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager for len(d) - see katas/processes/README.md#task-4");
    }

    /** {@code key in d}. */
    public boolean contains(K key) {
        throw new UnsupportedOperationException("TODO(task 4): ask the manager whether key is in d - see katas/processes/README.md#task-4");
    }

    /** {@code d.copy()}: a plain local copy of the shared dict. */
    public Map<K, V> copy() {
        throw new UnsupportedOperationException("TODO(task 4): fetch a local copy of the shared dict - see katas/processes/README.md#task-4");
    }
}
