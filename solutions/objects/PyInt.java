package objects;

/** An int, or a bool: {@code bool} is a subclass of {@code int}, and True and False are its only two instances. */
public final class PyInt extends PyObject {
    /** The only two bools: the constructor is private, so nothing else can make a third. */
    static final PyInt TRUE = new PyInt(1, Builtins.boolType());
    static final PyInt FALSE = new PyInt(0, Builtins.boolType());

    private final long value;
    private final PyType type;

    private PyInt(long value, PyType type) {
        this.value = value;
        this.type = type;
    }

    /** {@code int(value)}: a new int object of type {@code int}. */
    public static PyInt of(long value) {
        return new PyInt(value, Builtins.intType());
    }

    /** The number this object stands for; True is 1 and False is 0. */
    public long value() {
        return value;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code self + other}: the sum is always a plain int, even for {@code True + True}. */
    public PyInt add(PyInt other) {
        // bool inherits int.__add__, which builds an int: there is no bool 2.
        return of(Math.addExact(value, other.value));
    }
}
