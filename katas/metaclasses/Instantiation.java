package metaclasses;

/**
 * What {@code cls(*args)} does: {@code type(cls).__call__}, which by default is {@code type.__call__}:
 * {@code __new__} makes the object, then {@code __init__} fills it in, but only if it is an instance of cls.
 */
public final class Instantiation {
    private Instantiation() {
    }

    /**
     * {@code cls(*args)}: calls the metaclass's {@code __call__(cls, *args)} if the metaclass defines
     * one, else {@link #typeCall}.
     */
    public static Object call(PyType cls, Object... args) {
        throw new UnsupportedOperationException("TODO(task 4): cls(*args) through the metaclass __call__ - see katas/metaclasses/README.md#task-4");
    }

    /**
     * {@code type.__call__(cls, *args)}: {@code obj = cls.__new__(cls, *args)}; then, only if
     * {@code isinstance(obj, cls)}, {@code type(obj).__init__(obj, *args)}, which must return None (null).
     */
    public static Object typeCall(PyType cls, Object... args) {
        throw new UnsupportedOperationException("TODO(task 4): type.__call__: create with __new__, then initialise with __init__ when appropriate - see katas/metaclasses/README.md#task-4");
    }

    /**
     * {@code object.__new__(cls, *args)}: a fresh {@link PyObject}. Extra arguments are an error unless
     * cls overrides {@code __init__} (and not {@code __new__}), which will take them.
     */
    public static PyObject objectNew(PyType cls, Object... args) {
        throw new UnsupportedOperationException("TODO(task 4): object.__new__: a fresh instance, rejecting arguments nobody takes - see katas/metaclasses/README.md#task-4");
    }

    /**
     * {@code object.__init__(self, *args)}: does nothing. Extra arguments are an error unless the type
     * overrides {@code __new__} (and not {@code __init__}), which took them.
     */
    public static void objectInit(PyObject self, Object... args) {
        throw new UnsupportedOperationException("TODO(task 4): object.__init__: accept no arguments unless __new__ took them - see katas/metaclasses/README.md#task-4");
    }
}
