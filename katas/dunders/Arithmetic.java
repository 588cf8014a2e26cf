package dunders;

/** {@code a + b}: {@code __add__} on the left, {@code __radd__} on the right, and who goes first. */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 4): implement + with __add__ and __radd__ - see katas/dunders/README.md#task-4");
    }
}
