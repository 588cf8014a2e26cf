package metaclasses;

/**
 * {@code getattr}, {@code setattr} and {@code delattr}: the attribute lookup that runs for every
 * {@code obj.name}, with descriptor precedence and the {@code __getattribute__}/{@code __getattr__} hooks.
 */
public final class Attributes {
    private Attributes() {
    }

    /**
     * {@code getattr(obj, name)}: calls {@code __getattribute__} (the type's own, or
     * {@link #genericGetattr}); if that raises AttributeError and the type defines {@code __getattr__},
     * returns what {@code __getattr__(obj, name)} returns.
     */
    public static Object getattr(PyObject obj, String name) {
        throw new UnsupportedOperationException("TODO(task 2): getattr(obj, name): __getattribute__, falling back to __getattr__ on AttributeError - see katas/metaclasses/README.md#task-2");
    }

    /**
     * {@code object.__getattribute__(obj, name)}: data descriptor on the type, then the instance dict,
     * then a non-data descriptor, then a plain class attribute, else AttributeError. For a class
     * ({@code obj} is a {@link PyType}) it is {@code type.__getattribute__} instead.
     */
    public static Object genericGetattr(PyObject obj, String name) {
        throw new UnsupportedOperationException("TODO(task 2): object.__getattribute__: find name in the documented precedence order - see katas/metaclasses/README.md#task-2");
    }

    /** {@code setattr(obj, name, value)}: a data descriptor's {@code __set__} wins over the instance dict. */
    public static void setattr(PyObject obj, String name, Object value) {
        throw new UnsupportedOperationException("TODO(task 2): setattr(obj, name, value) with data descriptors first - see katas/metaclasses/README.md#task-2");
    }

    /** {@code delattr(obj, name)}: a data descriptor's {@code __delete__}, else the instance dict. */
    public static void delattr(PyObject obj, String name) {
        throw new UnsupportedOperationException("TODO(task 2): delattr(obj, name) with data descriptors first - see katas/metaclasses/README.md#task-2");
    }

}
