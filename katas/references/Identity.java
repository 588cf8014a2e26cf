package references;

/** Python's two comparisons, on Java objects: {@code is} and {@code ==}. */
public final class Identity {
    private Identity() {
    }

    /** {@code a is b}. */
    public static boolean is(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 1): tell whether a and b are the same object - see katas/references/README.md#task-1");
    }

    /** {@code a == b}. */
    public static boolean eq(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 1): tell whether a and b are equal - see katas/references/README.md#task-1");
    }
}
