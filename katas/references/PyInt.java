package references;

/** A Python int object, with CPython's cache of small ints. */
public final class PyInt {
    private PyInt() {
    }

    /** An int object for value, the way CPython hands them out. */
    public static PyInt of(long value) {
        throw new UnsupportedOperationException("TODO(task 1): hand out an int object for value - see katas/references/README.md#task-1");
    }

    /** {@code int(text)}, computed at run time. */
    public static PyInt parse(String text) {
        throw new UnsupportedOperationException("TODO(task 1): parse the text into an int object - see katas/references/README.md#task-1");
    }

    /** The number. */
    public long value() {
        throw new UnsupportedOperationException("TODO(task 1): return the number - see katas/references/README.md#task-1");
    }

    /** {@code ==}. */
    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("TODO(task 1): compare two ints - see katas/references/README.md#task-1");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO(task 1): hash the number - see katas/references/README.md#task-1");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 1): print the number - see katas/references/README.md#task-1");
    }
}
