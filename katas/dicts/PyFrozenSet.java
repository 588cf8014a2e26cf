package dicts;

/** {@code frozenset}: an immutable, hashable set. */
public final class PyFrozenSet extends PyAnySet {

    /** {@code frozenset(iterable)}. */
    public PyFrozenSet(Iterable<?> items) {
        throw new UnsupportedOperationException("TODO(task 5): create a frozenset of the items - see katas/dicts/README.md#task-5");
    }

    /** {@code frozenset({a, b, c})}. */
    public static PyFrozenSet of(Object... items) {
        throw new UnsupportedOperationException("TODO(task 5): create a frozenset of the items - see katas/dicts/README.md#task-5");
    }

    /** {@code hash(fs)}, exactly CPython's value. */
    public long pyHash() {
        throw new UnsupportedOperationException("TODO(task 5): compute CPython's frozenset hash - see katas/dicts/README.md#task-5");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO(task 5): derive a Java hash from hash(fs) - see katas/dicts/README.md#task-5");
    }

    /** {@code repr(fs)}. */
    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 5): print the frozenset the way Python does - see katas/dicts/README.md#task-5");
    }
}
