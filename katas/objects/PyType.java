package objects;

import java.util.List;
import java.util.Map;

/** A class. A class is an object too, so it has a type of its own. */
public final class PyType extends PyObject {

    private PyType() {
        throw new UnsupportedOperationException("TODO(task 2): decide what a class holds - see katas/objects/README.md#task-2");
    }

    /** {@code cls.__name__}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 2): return the class name - see katas/objects/README.md#task-2");
    }

    /** {@code cls.__bases__}. */
    @Override
    public List<PyType> bases() {
        throw new UnsupportedOperationException("TODO(task 2): return the direct base classes - see katas/objects/README.md#task-2");
    }

    /** {@code type(cls)}: the class of this class. */
    @Override
    public PyType type() {
        throw new UnsupportedOperationException("TODO(task 2): return the class of this class - see katas/objects/README.md#task-2");
    }

    /** {@code cls.__dict__}: the namespace the class was created with, read-only. */
    public Map<String, Object> dict() {
        throw new UnsupportedOperationException("TODO(task 4): return the class namespace - see katas/objects/README.md#task-4");
    }

    /** {@code cls(*args)}: what calling this type gives back. */
    public PyObject call(Object... args) {
        throw new UnsupportedOperationException("TODO(task 4): call the type like Python does - see katas/objects/README.md#task-4");
    }
}
