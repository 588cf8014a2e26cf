package objects;

/** An instance of a class that has no special value of its own, such as {@code C()} or {@code None}. */
public final class PyInstance extends PyObject {
    /** {@code None}, {@code NotImplemented} and {@code Ellipsis}: the only instances their types will ever have. */
    static final PyInstance NONE = new PyInstance(Builtins.NONE_TYPE);
    static final PyInstance NOT_IMPLEMENTED = new PyInstance(Builtins.NOT_IMPLEMENTED_TYPE);
    static final PyInstance ELLIPSIS = new PyInstance(Builtins.ELLIPSIS_TYPE);

    private final PyType type;

    /** A new object whose type is {@code type}. */
    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }
}
