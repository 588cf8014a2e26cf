package dicts;

/**
 * Python's {@code hash()} and key equality for the Java values that stand in for Python ones:
 * Boolean, Integer, Long, BigInteger and Double are numbers, and numbers that compare equal must
 * hash equal, so {@code 1}, {@code 1.0} and {@code True} are one dictionary key.
 */
public final class PyHash {
    private PyHash() {
    }

    /** {@code hash(value)}: CPython's numeric hash; TypeError {@code unhashable type: 'list'} for mutable containers. */
    public static long hash(Object value) {
        throw new UnsupportedOperationException("TODO(task 1): compute hash(value) the way CPython does - see katas/dicts/README.md#task-1");
    }

    /** {@code a == b} for dictionary keys: the same object, equal numbers of any type, or equals(). */
    public static boolean keyEquals(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 1): decide whether two keys are the same dictionary key - see katas/dicts/README.md#task-1");
    }
}
