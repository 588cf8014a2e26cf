package objects;

/** An instance of a class that has no special value of its own, such as {@code C()} or {@code None}. */
public final class PyInstance extends PyObject {
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
