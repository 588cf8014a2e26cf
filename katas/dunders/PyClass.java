package dunders;

/** A class with single inheritance: a name, an optional base and the methods defined in its own body. */
public final class PyClass {

    /** {@code class name: ...} */
    public PyClass(String name) {
        throw new UnsupportedOperationException("TODO(task 1): create a class whose base is object - see katas/dunders/README.md#task-1");
    }

    /** {@code class name(base): ...}; a null base means object. */
    public PyClass(String name, PyClass base) {
        throw new UnsupportedOperationException("TODO(task 1): create a class with a base - see katas/dunders/README.md#task-1");
    }

    /** {@code def method(self, ...)} in the class body; returns this class so definitions chain. */
    public PyClass define(String method, PyFunction body) {
        throw new UnsupportedOperationException("TODO(task 1): store a method in the class body - see katas/dunders/README.md#task-1");
    }

    /** {@code cls.__name__}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 1): return the class name - see katas/dunders/README.md#task-1");
    }

    /** Does this class's own body define {@code method} (ignoring its bases)? */
    public boolean defines(String method) {
        throw new UnsupportedOperationException("TODO(task 1): look in this class body only - see katas/dunders/README.md#task-1");
    }

    /** Finds {@code method} on this class or the nearest base that defines it; null when nobody does. */
    public PyFunction lookup(String method) {
        throw new UnsupportedOperationException("TODO(task 1): find a method along the base chain - see katas/dunders/README.md#task-1");
    }

    /** {@code issubclass(self, other)}. */
    public boolean isSubclassOf(PyClass other) {
        throw new UnsupportedOperationException("TODO(task 1): decide whether other is this class or one of its bases - see katas/dunders/README.md#task-1");
    }

    /** The class this one derives from, or null for a class whose base is object. */
    public PyClass base() {
        throw new UnsupportedOperationException("TODO(task 1): return the base class - see katas/dunders/README.md#task-1");
    }
}
