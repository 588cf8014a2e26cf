package dunders;

/** {@code len(x)} and {@code bool(x)}: two built-ins that call dunders for you. */
public final class Length {
    private Length() {
    }

    /** {@code len(x)}, with Python's checks on what {@code __len__} returned. */
    public static int len(Object x) {
        throw new UnsupportedOperationException("TODO(task 2): implement len() on top of __len__ - see katas/dunders/README.md#task-2");
    }

    /** {@code bool(x)}: the truth value of x. */
    public static boolean truth(Object x) {
        throw new UnsupportedOperationException("TODO(task 2): implement truth testing - see katas/dunders/README.md#task-2");
    }
}
