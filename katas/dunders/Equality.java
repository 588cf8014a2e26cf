package dunders;

/** {@code a == b}, {@code a != b} and {@code hash(x)}. */
public final class Equality {
    private Equality() {
    }

    /** {@code a == b}. */
    public static Object eq(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 5): implement == with __eq__ - see katas/dunders/README.md#task-5");
    }

    /** {@code a != b}. */
    public static Object ne(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 5): implement != with __ne__ - see katas/dunders/README.md#task-5");
    }

    /** {@code hash(x)}. */
    public static int hash(Object x) {
        throw new UnsupportedOperationException("TODO(task 5): implement hash() and the unhashable rule - see katas/dunders/README.md#task-5");
    }
}
