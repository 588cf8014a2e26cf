package dunders;

/** {@code item in container}. */
public final class Membership {
    private Membership() {
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        throw new UnsupportedOperationException("TODO(task 6): implement the in operator's three protocols - see katas/dunders/README.md#task-6");
    }
}
