package sequences;

/** The statement {@code a += b}, spelled as functions (compare Python's operator.iadd). */
public final class Operators {
    private Operators() {
        throw new UnsupportedOperationException("TODO(task 1): Operators only has static functions - see katas/sequences/README.md#task-1");
    }

    /**
     * {@code a += b}, returning what the name a is bound to afterwards, like
     * {@code a = operator.iadd(a, b)}. Works for PyList, PyTuple, ints (Integer/Long) and str (String).
     */
    public static Object iadd(Object a, Object b) {
        throw new UnsupportedOperationException("TODO(task 1): do what a += b does in Python and return the new value of a - see katas/sequences/README.md#task-1");
    }

    /** {@code container[index] += b}, for a PyList or PyTuple container. */
    public static void iaddItem(Object container, int index, Object b) {
        throw new UnsupportedOperationException("TODO(task 1): do what container[index] += b does in Python, step by step - see katas/sequences/README.md#task-1");
    }
}
