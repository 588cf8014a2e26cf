package metaclasses;

/** {@code obj.method}: a function with its first argument, {@code self}, already filled in. */
public final class BoundMethod {

    /** What {@code function.__get__(self, type(self))} returns. */
    public BoundMethod(PyObject self, PyFunction function) {
        throw new UnsupportedOperationException("TODO(task 2): remember the instance and the function - see katas/metaclasses/README.md#task-2");
    }

    /** {@code m.__self__}. */
    public PyObject self() {
        throw new UnsupportedOperationException("TODO(task 2): return the instance this method is bound to - see katas/metaclasses/README.md#task-2");
    }

    /** {@code m.__func__}. */
    public PyFunction function() {
        throw new UnsupportedOperationException("TODO(task 2): return the underlying function - see katas/metaclasses/README.md#task-2");
    }

    /** {@code m(*args)} is {@code m.__func__(m.__self__, *args)}. */
    public Object call(Object... args) {
        throw new UnsupportedOperationException("TODO(task 2): call the function with self in front of the arguments - see katas/metaclasses/README.md#task-2");
    }
}
