package metaclasses;

/**
 * The descriptor protocol as Java interfaces. A class-level attribute takes part in lookup through
 * whichever of these its class implements, just as a Python object does through whichever of
 * {@code __get__}, {@code __set__}, {@code __delete__} and {@code __set_name__} its type defines.
 */
public final class Descriptor {
    private Descriptor() {
    }

    /** {@code __get__(self, instance, owner)}: instance is null when the lookup is on the class. */
    @FunctionalInterface
    public interface Get {
        Object get(PyObject instance, PyType owner);
    }

    /** {@code __set__(self, instance, value)}. */
    @FunctionalInterface
    public interface Set {
        void set(PyObject instance, Object value);
    }

    /** {@code __delete__(self, instance)}. */
    @FunctionalInterface
    public interface Delete {
        void delete(PyObject instance);
    }

    /** {@code __set_name__(self, owner, name)}: called once, when the owning class is created. */
    @FunctionalInterface
    public interface SetName {
        void setName(PyType owner, String name);
    }
}
