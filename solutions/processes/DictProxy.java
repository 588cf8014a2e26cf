package processes;

import java.io.Serializable;
import java.util.Map;

/**
 * A proxy to a dict that lives in a {@link Manager}'s process. It is serializable, so it can be
 * sent to pool workers; every call is a round trip to the manager.
 */
public final class DictProxy<K, V> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int port;
    private final int id;

    DictProxy(int port, int id) {
        this.port = port;
        this.id = id;
    }

    /** {@code d[key]}: KeyError if missing. */
    @SuppressWarnings("unchecked")
    public V getItem(K key) {
        return (V) ManagerServer.call(port, id, "getitem", key);
    }

    /** {@code d.get(key)}: null if missing. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        return (V) ManagerServer.call(port, id, "get", key);
    }

    /** {@code d[key] = value}. */
    public void setItem(K key, V value) {
        ManagerServer.call(port, id, "setitem", key, value);
    }

    /** {@code del d[key]}: KeyError if missing. */
    public void delItem(K key) {
        ManagerServer.call(port, id, "delitem", key);
    }

    /** {@code len(d)}. */
    public int len() {
        return (Integer) ManagerServer.call(port, id, "len");
    }

    /** {@code key in d}. */
    public boolean contains(K key) {
        return (Boolean) ManagerServer.call(port, id, "contains", key);
    }

    /** {@code d.copy()}: a plain local copy of the shared dict. */
    @SuppressWarnings("unchecked")
    public Map<K, V> copy() {
        return (Map<K, V>) ManagerServer.call(port, id, "copy");
    }
}
