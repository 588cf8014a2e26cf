package metaclasses;

import py.AttributeError;

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
        // Special methods are looked up on the type, never in the instance dict.
        Object getattribute = obj.type().lookup("__getattribute__");
        Object fallback = obj.type().lookup("__getattr__");
        try {
            return getattribute instanceof PyFunction hook ? hook.call(obj, name) : genericGetattr(obj, name);
        } catch (AttributeError notFound) {
            if (fallback instanceof PyFunction hook) {
                return hook.call(obj, name);
            }
            throw notFound;
        }
    }

    /**
     * {@code object.__getattribute__(obj, name)}: data descriptor on the type, then the instance dict,
     * then a non-data descriptor, then a plain class attribute, else AttributeError. For a class
     * ({@code obj} is a {@link PyType}) it is {@code type.__getattribute__} instead.
     */
    public static Object genericGetattr(PyObject obj, String name) {
        if (obj instanceof PyType cls) {
            return classGetattr(cls, name);
        }
        PyType type = obj.type();
        Object attribute = type.lookup(name);
        if (attribute instanceof Descriptor.Get descriptor && isData(attribute)) {
            return descriptor.get(obj, type);
        }
        if (obj.dict().containsKey(name)) {
            return obj.dict().get(name);
        }
        if (attribute instanceof Descriptor.Get descriptor) {
            return descriptor.get(obj, type);
        }
        if (attribute != null) {
            // Also a data descriptor without __get__ lands here: the descriptor object itself.
            return attribute;
        }
        throw noAttribute(obj, name);
    }

    /** {@code setattr(obj, name, value)}: a data descriptor's {@code __set__} wins over the instance dict. */
    public static void setattr(PyObject obj, String name, Object value) {
        Object attribute = obj.type().lookup(name);
        if (attribute instanceof Descriptor.Set descriptor) {
            descriptor.set(obj, value);
        } else if (attribute instanceof Descriptor.Delete) {
            // A __delete__-only descriptor is still a data descriptor: CPython looks for __set__ and fails.
            throw new AttributeError("__set__");
        } else {
            obj.dict().put(name, value);
        }
    }

    /** {@code delattr(obj, name)}: a data descriptor's {@code __delete__}, else the instance dict. */
    public static void delattr(PyObject obj, String name) {
        Object attribute = obj.type().lookup(name);
        if (attribute instanceof Descriptor.Delete descriptor) {
            descriptor.delete(obj);
        } else if (attribute instanceof Descriptor.Set) {
            throw new AttributeError("__delete__");
        } else if (obj.dict().containsKey(name)) {
            obj.dict().remove(name);
        } else {
            // Only the object's own __dict__ is searched: an attribute of its class (or of a base class,
            // for del C.x) is not its to delete.
            throw noAttribute(obj, name);
        }
    }

    /** A data descriptor defines {@code __set__} or {@code __delete__}; {@code __get__} alone is non-data. */
    private static boolean isData(Object attribute) {
        return attribute instanceof Descriptor.Set || attribute instanceof Descriptor.Delete;
    }

    /** {@code type.__getattribute__}: the metaclass's data descriptors, then the class's own MRO, then the metaclass. */
    private static Object classGetattr(PyType cls, String name) {
        PyType metaclass = cls.type();
        Object meta = metaclass.lookup(name);
        if (meta instanceof Descriptor.Get descriptor && isData(meta)) {
            return descriptor.get(cls, metaclass);
        }
        Object own = cls.lookup(name);
        if (own != null) {
            return own instanceof Descriptor.Get descriptor ? descriptor.get(null, cls) : own;
        }
        if (meta instanceof Descriptor.Get descriptor) {
            return descriptor.get(cls, metaclass);
        }
        if (meta != null) {
            return meta;
        }
        throw noAttribute(cls, name);
    }

    /** CPython names a class itself ({@code type object 'C'}) but an instance by its type ({@code 'C' object}). */
    private static AttributeError noAttribute(PyObject obj, String name) {
        String owner = obj instanceof PyType cls ? "type object '" + cls.name() + "'"
                : "'" + obj.type().name() + "' object";
        return new AttributeError(owner + " has no attribute '" + name + "'");
    }
}
