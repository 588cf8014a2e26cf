package metaclasses;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import py.AttributeError;

/**
 * Python's built-in {@code property}: a data descriptor (it defines {@code __set__} and
 * {@code __delete__} even when it has no setter or deleter) that runs a getter, setter or deleter.
 * Like Python's, it is immutable: {@code setter(...)} and {@code deleter(...)} return a new property.
 */
public final class Property implements Descriptor.Get, Descriptor.Set, Descriptor.Delete, Descriptor.SetName {
    private final Function<PyObject, Object> getter;
    private final BiConsumer<PyObject, Object> setter;
    private final Consumer<PyObject> deleter;
    private String name;

    /** {@code property(fget, fset, fdel)}; any of them may be null. */
    public Property(Function<PyObject, Object> getter, BiConsumer<PyObject, Object> setter, Consumer<PyObject> deleter) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
    }

    /** {@code @property}: read-only until a setter is added. */
    public Property(Function<PyObject, Object> getter) {
        this(getter, null, null);
    }

    /** {@code @age.setter}: a copy of this property with {@code setter} added. */
    public Property setter(BiConsumer<PyObject, Object> newSetter) {
        return new Property(getter, newSetter, deleter);
    }

    /** {@code @age.deleter}: a copy of this property with {@code deleter} added. */
    public Property deleter(Consumer<PyObject> newDeleter) {
        return new Property(getter, setter, newDeleter);
    }

    /** The attribute name given by {@code __set_name__}, or null before the owning class is made. */
    public String name() {
        return name;
    }

    @Override
    public void setName(PyType owner, String attribute) {
        // The last class attribute bound to this property wins, as in CPython.
        this.name = attribute;
    }

    @Override
    public Object get(PyObject instance, PyType owner) {
        if (instance == null) {
            return this; // User.age is the property object itself
        }
        if (getter == null) {
            throw missing("getter", instance);
        }
        return getter.apply(instance);
    }

    @Override
    public void set(PyObject instance, Object value) {
        if (setter == null) {
            throw missing("setter", instance);
        }
        setter.accept(instance, value);
    }

    @Override
    public void delete(PyObject instance) {
        if (deleter == null) {
            throw missing("deleter", instance);
        }
        deleter.accept(instance);
    }

    private AttributeError missing(String what, PyObject instance) {
        String named = name == null ? "property" : "property '" + name + "'";
        return new AttributeError(named + " of '" + instance.type().name() + "' object has no " + what);
    }
}
