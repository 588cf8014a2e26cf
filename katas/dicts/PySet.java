package dicts;

/** {@code set}: a mutable set of hashable elements. */
public final class PySet extends PyAnySet {

    /** {@code set(iterable)}. */
    public PySet(Iterable<?> items) {
        throw new UnsupportedOperationException("TODO(task 5): create a set of the items - see katas/dicts/README.md#task-5");
    }

    /** {@code {a, b, c}}. */
    public static PySet of(Object... items) {
        throw new UnsupportedOperationException("TODO(task 5): create a set of the items - see katas/dicts/README.md#task-5");
    }

    /** {@code s.add(x)}. */
    public void add(Object item) {
        throw new UnsupportedOperationException("TODO(task 5): add an element - see katas/dicts/README.md#task-5");
    }

    /** {@code s.remove(x)}: KeyError(x) when absent. */
    public void remove(Object item) {
        throw new UnsupportedOperationException("TODO(task 5): remove an element that must be present - see katas/dicts/README.md#task-5");
    }

    /** {@code s.discard(x)}. */
    public void discard(Object item) {
        throw new UnsupportedOperationException("TODO(task 5): remove an element if present - see katas/dicts/README.md#task-5");
    }

    /** {@code s.clear()}. */
    public void clear() {
        throw new UnsupportedOperationException("TODO(task 5): remove every element - see katas/dicts/README.md#task-5");
    }

    /** {@code hash(s)}. */
    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO(task 5): do what hash() of a set does - see katas/dicts/README.md#task-5");
    }

    /** {@code repr(s)}. */
    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 5): print the set the way Python does - see katas/dicts/README.md#task-5");
    }
}
