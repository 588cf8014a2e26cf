package dunders;

import java.util.HashMap;
import java.util.Map;

/** A class with single inheritance: a name, an optional base and the methods defined in its own body. */
public final class PyClass {
    private final String name;
    private final PyClass base;
    private final Map<String, PyFunction> methods = new HashMap<>();

    /** {@code class name: ...} */
    public PyClass(String name) {
        this(name, null);
    }

    /** {@code class name(base): ...}; a null base means object. */
    public PyClass(String name, PyClass base) {
        this.name = name;
        this.base = base;
    }

    /** {@code def method(self, ...)} in the class body; returns this class so definitions chain. */
    public PyClass define(String method, PyFunction body) {
        methods.put(method, body);
        return this;
    }

    /** {@code cls.__name__}. */
    public String name() {
        return name;
    }

    /** Does this class's own body define {@code method} (ignoring its bases)? */
    public boolean defines(String method) {
        return methods.containsKey(method);
    }

    /** Finds {@code method} on this class or the nearest base that defines it; null when nobody does. */
    public PyFunction lookup(String method) {
        for (PyClass cls = this; cls != null; cls = cls.base) {
            PyFunction found = cls.methods.get(method);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@code issubclass(self, other)}: other is this class or one of its bases. */
    public boolean isSubclassOf(PyClass other) {
        for (PyClass cls = this; cls != null; cls = cls.base) {
            if (cls == other) {
                return true;
            }
        }
        return false;
    }

    /** The class this one derives from, or null for a class whose base is object. */
    public PyClass base() {
        return base;
    }
}
