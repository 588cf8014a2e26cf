package metaclasses;

/**
 * The notes' {@code IntField}, fixed: a data descriptor that validates integers and keeps each
 * instance's value in that instance's own {@code __dict__}, under the name {@code __set_name__} gave it.
 */
public final class IntField implements Descriptor.Get, Descriptor.Set, Descriptor.Delete, Descriptor.SetName {

    /** An unnamed field; the class that owns it names it through {@code __set_name__}. */
    public IntField() {
        throw new UnsupportedOperationException("TODO(task 3): create an unnamed field - see katas/metaclasses/README.md#task-3");
    }

    /** The attribute name, or null before {@code __set_name__}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 3): return the name __set_name__ gave this field - see katas/metaclasses/README.md#task-3");
    }

    @Override
    public void setName(PyType owner, String attribute) {
        throw new UnsupportedOperationException("TODO(task 3): remember the attribute name - see katas/metaclasses/README.md#task-3");
    }

    @Override
    public Object get(PyObject instance, PyType owner) {
        throw new UnsupportedOperationException("TODO(task 3): return this instance s own value (or the field itself for class access) - see katas/metaclasses/README.md#task-3");
    }

    @Override
    public void set(PyObject instance, Object value) {
        throw new UnsupportedOperationException("TODO(task 3): validate and store the value for this instance only - see katas/metaclasses/README.md#task-3");
    }

    @Override
    public void delete(PyObject instance) {
        throw new UnsupportedOperationException("TODO(task 3): remove this instance s value - see katas/metaclasses/README.md#task-3");
    }
}
