package metaclasses;

/** {@code obj.method}: a function with its first argument, {@code self}, already filled in. */
public final class BoundMethod {
    private final PyObject self;
    private final PyFunction function;

    /** What {@code function.__get__(self, type(self))} returns. */
    public BoundMethod(PyObject self, PyFunction function) {
        this.self = self;
        this.function = function;
    }

    /** {@code m.__self__}. */
    public PyObject self() {
        return self;
    }

    /** {@code m.__func__}. */
    public PyFunction function() {
        return function;
    }

    /** {@code m(*args)} is {@code m.__func__(m.__self__, *args)}. */
    public Object call(Object... args) {
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return function.call(withSelf);
    }
}
