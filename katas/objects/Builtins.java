package objects;

/** The built-in names: the bootstrap pair object/type, a few built-in types, the singletons, isinstance and issubclass. */
public final class Builtins {

    private Builtins() {
    }

    /** {@code object}: the root of every class hierarchy. */
    public static PyType object() {
        throw new UnsupportedOperationException("TODO(task 2): build the class object - see katas/objects/README.md#task-2");
    }

    /** {@code type}: the class of every class. */
    public static PyType type() {
        throw new UnsupportedOperationException("TODO(task 2): build the class type - see katas/objects/README.md#task-2");
    }

    /** {@code int}. */
    public static PyType intType() {
        throw new UnsupportedOperationException("TODO(task 2): build the class int - see katas/objects/README.md#task-2");
    }

    /** {@code bool}. */
    public static PyType boolType() {
        throw new UnsupportedOperationException("TODO(task 2): build the class bool - see katas/objects/README.md#task-2");
    }

    /** {@code type(None)}. */
    public static PyType noneType() {
        throw new UnsupportedOperationException("TODO(task 4): build NoneType - see katas/objects/README.md#task-4");
    }

    /** {@code None}. */
    public static PyObject none() {
        throw new UnsupportedOperationException("TODO(task 4): return None - see katas/objects/README.md#task-4");
    }

    /** {@code NotImplemented}. */
    public static PyObject notImplemented() {
        throw new UnsupportedOperationException("TODO(task 4): return NotImplemented - see katas/objects/README.md#task-4");
    }

    /** {@code Ellipsis}, also written {@code ...}. */
    public static PyObject ellipsis() {
        throw new UnsupportedOperationException("TODO(task 4): return Ellipsis - see katas/objects/README.md#task-4");
    }

    /** {@code True} or {@code False}. */
    public static PyInt bool(boolean value) {
        throw new UnsupportedOperationException("TODO(task 3): return True or False - see katas/objects/README.md#task-3");
    }

    /** {@code issubclass(cls, parent)}. */
    public static boolean issubclass(PyType cls, PyType parent) {
        throw new UnsupportedOperationException("TODO(task 5): decide whether cls inherits from parent - see katas/objects/README.md#task-5");
    }

    /** {@code isinstance(obj, cls)}. */
    public static boolean isinstance(PyObject obj, PyType cls) {
        throw new UnsupportedOperationException("TODO(task 5): decide whether obj is an instance of cls - see katas/objects/README.md#task-5");
    }
}
