package metaclasses;

import py.AttributeError;
import py.ValueError;

/**
 * The notes' {@code IntField}, fixed: a data descriptor that validates integers and keeps each
 * instance's value in that instance's own {@code __dict__}, under the name {@code __set_name__} gave it.
 */
public final class IntField implements Descriptor.Get, Descriptor.Set, Descriptor.Delete, Descriptor.SetName {
    private String name;

    /** An unnamed field; the class that owns it names it through {@code __set_name__}. */
    public IntField() {
    }

    /** The attribute name, or null before {@code __set_name__}. */
    public String name() {
        return name;
    }

    @Override
    public void setName(PyType owner, String attribute) {
        this.name = attribute;
    }

    @Override
    public Object get(PyObject instance, PyType owner) {
        if (instance == null) {
            return this; // User.age: the field itself, so it can be inspected
        }
        // Storing on self (the notes' self.value) would share one value among all instances.
        if (!instance.dict().containsKey(name)) {
            throw new AttributeError("'" + instance.type().name() + "' object has no attribute '" + name + "'");
        }
        return instance.dict().get(name);
    }

    @Override
    public void set(PyObject instance, Object value) {
        // bool is an int subclass in Python, but an age of True is a bug: reject it like any non-int.
        if (!(value instanceof Integer || value instanceof Long)) {
            throw new ValueError(name + " must be an int, not " + PyType.typeNameOf(value));
        }
        instance.dict().put(name, value);
    }

    @Override
    public void delete(PyObject instance) {
        if (!instance.dict().containsKey(name)) {
            throw new AttributeError("'" + instance.type().name() + "' object has no attribute '" + name + "'");
        }
        instance.dict().remove(name);
    }
}
