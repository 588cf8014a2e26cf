package dunders;

/** {@code str(x)} and {@code repr(x)}. */
public final class Text {
    private Text() {
    }

    /** {@code repr(x)}. */
    public static String repr(Object x) {
        throw new UnsupportedOperationException("TODO(task 3): implement repr() on top of __repr__ - see katas/dunders/README.md#task-3");
    }

    /** {@code str(x)}. */
    public static String str(Object x) {
        throw new UnsupportedOperationException("TODO(task 3): implement str() on top of __str__ - see katas/dunders/README.md#task-3");
    }
}
