package objects;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in names: the bootstrap pair object/type, a few built-in types, the singletons, isinstance and issubclass. */
public final class Builtins {
    private static final PyType OBJECT = new PyType("object", List.of(), Map.of(), PyType.Kind.OBJECT, null);
    private static final PyType TYPE = new PyType("type", List.of(OBJECT), Map.of(), PyType.Kind.TYPE, null);

    static {
        // The triangle: object is an instance of type, type is an instance of itself, type subclasses object.
        OBJECT.settleMetatype(TYPE);
        TYPE.settleMetatype(TYPE);
    }

    private static final PyType INT = builtin("int", OBJECT, PyType.Kind.INT);
    private static final PyType BOOL = builtin("bool", INT, PyType.Kind.BOOL);
    static final PyType NONE_TYPE = builtin("NoneType", OBJECT, PyType.Kind.SINGLETON);
    static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType", OBJECT, PyType.Kind.SINGLETON);
    // type(...).__name__ is 'ellipsis' in 3.11; only the types module (and an error message) calls it EllipsisType.
    static final PyType ELLIPSIS_TYPE = builtin("ellipsis", OBJECT, PyType.Kind.SINGLETON);
    // Only classes are made here. The singleton objects are made by their own Java classes
    // (PyInt.TRUE, PyInstance.NONE, ...): PyInt's constructor is private, so no third bool can exist.

    private Builtins() {
    }

    private static PyType builtin(String name, PyType base, PyType.Kind kind) {
        return new PyType(name, List.of(base), Map.of(), kind, TYPE);
    }

    /** {@code object}: the root of every class hierarchy. */
    public static PyType object() {
        return OBJECT;
    }

    /** {@code type}: the class of every class, itself included. */
    public static PyType type() {
        return TYPE;
    }

    /** {@code int}. */
    public static PyType intType() {
        return INT;
    }

    /** {@code bool}: a subclass of int with exactly two instances. */
    public static PyType boolType() {
        return BOOL;
    }

    /** {@code type(None)}. */
    public static PyType noneType() {
        return NONE_TYPE;
    }

    /** {@code None}: the only instance of NoneType. */
    public static PyObject none() {
        return PyInstance.NONE;
    }

    /** {@code NotImplemented}: the only instance of NotImplementedType. */
    public static PyObject notImplemented() {
        return PyInstance.NOT_IMPLEMENTED;
    }

    /** {@code Ellipsis}, also written {@code ...}: the only instance of its type, named {@code ellipsis}. */
    public static PyObject ellipsis() {
        return PyInstance.ELLIPSIS;
    }

    /** {@code True} or {@code False}: always one of the two bool singletons, never a new object. */
    public static PyInt bool(boolean value) {
        return value ? PyInt.TRUE : PyInt.FALSE;
    }

    /** {@code issubclass(cls, parent)}: is {@code parent} reachable from {@code cls} through {@code __bases__}? */
    public static boolean issubclass(PyType cls, PyType parent) {
        // Every path matters with multiple inheritance, so walk the whole base graph, not just bases[0].
        Deque<PyType> pending = new ArrayDeque<>(List.of(cls));
        Set<PyType> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            PyType current = pending.pop();
            if (current == parent) {
                return true;
            }
            if (seen.add(current)) {
                pending.addAll(current.bases());
            }
        }
        return false;
    }

    /** {@code isinstance(obj, cls)}: is the type of {@code obj} {@code cls} or a subclass of it? */
    public static boolean isinstance(PyObject obj, PyType cls) {
        return issubclass(obj.type(), cls);
    }

    /** The name {@code types} gives a singleton type, which its "takes no arguments" error uses: EllipsisType, not ellipsis. */
    static String typesModuleName(PyType singletonType) {
        return singletonType == ELLIPSIS_TYPE ? "EllipsisType" : singletonType.name();
    }

    static PyObject singletonOf(PyType type) {
        if (type == NONE_TYPE) {
            return PyInstance.NONE;
        }
        return type == NOT_IMPLEMENTED_TYPE ? PyInstance.NOT_IMPLEMENTED : PyInstance.ELLIPSIS;
    }
}
