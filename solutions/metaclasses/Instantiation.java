package metaclasses;

import py.TypeError;

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
        // __call__ is looked up on type(cls), the metaclass, never on cls itself.
        Object metaCall = cls.type().lookup("__call__");
        if (metaCall instanceof PyFunction hook) {
            return hook.call(prepend(cls, args));
        }
        return typeCall(cls, args);
    }

    /**
     * {@code type.__call__(cls, *args)}: {@code obj = cls.__new__(cls, *args)}; then, only if
     * {@code isinstance(obj, cls)}, {@code type(obj).__init__(obj, *args)}, which must return None (null).
     */
    public static Object typeCall(PyType cls, Object... args) {
        Object created = cls.lookup("__new__") instanceof PyFunction newHook
                ? newHook.call(prepend(cls, args)) // __new__ is a static method: cls is passed by hand
                : objectNew(cls, args);
        if (!(created instanceof PyObject object) || !object.isInstanceOf(cls)) {
            return created; // not ours to initialise: __init__ is skipped
        }
        // The object's own type picks __init__: a subclass instance gets the subclass's __init__.
        Object initHook = object.type().lookup("__init__");
        if (initHook instanceof PyFunction init) {
            Object returned = init.call(prepend(object, args));
            if (returned != null) {
                throw new TypeError("__init__() should return None, not '" + PyType.typeNameOf(returned) + "'");
            }
        } else {
            objectInit(object, args);
        }
        return object;
    }

    /**
     * {@code object.__new__(cls, *args)}: a fresh {@link PyObject}. Extra arguments are an error unless
     * cls overrides {@code __init__} (and not {@code __new__}), which will take them.
     */
    public static PyObject objectNew(PyType cls, Object... args) {
        if (args.length > 0) {
            if (cls.lookup("__new__") != null) {
                throw new TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == null) {
                throw new TypeError(cls.name() + "() takes no arguments");
            }
        }
        return new PyObject(cls);
    }

    /**
     * {@code object.__init__(self, *args)}: does nothing. Extra arguments are an error unless the type
     * overrides {@code __new__} (and not {@code __init__}), which took them.
     */
    public static void objectInit(PyObject self, Object... args) {
        if (args.length > 0) {
            PyType type = self.type();
            if (type.lookup("__init__") != null) {
                throw new TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == null) {
                throw new TypeError(type.name() + "() takes no arguments");
            }
        }
    }

    static Object[] prepend(Object first, Object... rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
