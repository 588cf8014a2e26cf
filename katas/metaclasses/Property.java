package metaclasses;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Python's built-in {@code property}: a data descriptor (it defines {@code __set__} and
 * {@code __delete__} even when it has no setter or deleter) that runs a getter, setter or deleter.
 * Like Python's, it is immutable: {@code setter(...)} and {@code deleter(...)} return a new property.
 */
public final class Property implements Descriptor.Get, Descriptor.Set, Descriptor.Delete, Descriptor.SetName {

    /** {@code property(fget, fset, fdel)}; any of them may be null. */
    public Property(Function<PyObject, Object> getter, BiConsumer<PyObject, Object> setter, Consumer<PyObject> deleter) {
        throw new UnsupportedOperationException("TODO(task 1): remember the getter, setter and deleter - see katas/metaclasses/README.md#task-1");
    }

    /** {@code @property}: read-only until a setter is added. */
    public Property(Function<PyObject, Object> getter) {
        throw new UnsupportedOperationException("TODO(task 1): remember the getter, setter and deleter - see katas/metaclasses/README.md#task-1");
    }

    /** {@code @age.setter}: a copy of this property with {@code setter} added. */
    public Property setter(BiConsumer<PyObject, Object> newSetter) {
        throw new UnsupportedOperationException("TODO(task 1): return a copy of this property that also has a setter - see katas/metaclasses/README.md#task-1");
    }

    /** {@code @age.deleter}: a copy of this property with {@code deleter} added. */
    public Property deleter(Consumer<PyObject> newDeleter) {
        throw new UnsupportedOperationException("TODO(task 1): return a copy of this property that also has a deleter - see katas/metaclasses/README.md#task-1");
    }

    /** The attribute name given by {@code __set_name__}, or null before the owning class is made. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 1): return the name __set_name__ gave this property - see katas/metaclasses/README.md#task-1");
    }

    @Override
    public void setName(PyType owner, String attribute) {
        throw new UnsupportedOperationException("TODO(task 1): remember the attribute name the owning class binds this property to - see katas/metaclasses/README.md#task-1");
    }

    @Override
    public Object get(PyObject instance, PyType owner) {
        throw new UnsupportedOperationException("TODO(task 1): run the getter, or raise the AttributeError CPython raises when there is none - see katas/metaclasses/README.md#task-1");
    }

    @Override
    public void set(PyObject instance, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): run the setter, or raise the AttributeError CPython raises when there is none - see katas/metaclasses/README.md#task-1");
    }

    @Override
    public void delete(PyObject instance) {
        throw new UnsupportedOperationException("TODO(task 1): run the deleter, or raise the AttributeError CPython raises when there is none - see katas/metaclasses/README.md#task-1");
    }

}
