package objects;

/** An int, or a bool: {@code bool} is a subclass of {@code int}, and True and False are its only two instances. */
public final class PyInt extends PyObject {

    private PyInt() {
        throw new UnsupportedOperationException("TODO(task 3): decide what an int object holds - see katas/objects/README.md#task-3");
    }

    /** {@code int(value)}: a new int object of type {@code int}. */
    public static PyInt of(long value) {
        throw new UnsupportedOperationException("TODO(task 3): make an int object - see katas/objects/README.md#task-3");
    }

    /** The number this object stands for; True is 1 and False is 0. */
    public long value() {
        throw new UnsupportedOperationException("TODO(task 3): return the number - see katas/objects/README.md#task-3");
    }

    @Override
    public PyType type() {
        throw new UnsupportedOperationException("TODO(task 3): return int or bool - see katas/objects/README.md#task-3");
    }

    /** {@code self + other}, with the result type Python gives. */
    public PyInt add(PyInt other) {
        throw new UnsupportedOperationException("TODO(task 3): add two ints (or bools) the way Python does - see katas/objects/README.md#task-3");
    }
}
