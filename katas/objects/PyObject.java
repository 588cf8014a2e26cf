package objects;

import java.util.List;

/** Every Python value: it has an identity ({@link #id()}), a type ({@link #type()}) and a value. */
public abstract class PyObject {

    /** {@code type(obj)}: the class this object is an instance of. */
    public abstract PyType type();

    /** {@code obj.__bases__}, which only some objects have. */
    public List<PyType> bases() {
        throw new UnsupportedOperationException("TODO(task 3): answer obj.__bases__ the way Python does for a non-class - see katas/objects/README.md#task-3");
    }

    /** {@code id(obj)}: the same number for the whole life of this object, and no other live object has it. */
    public final long id() {
        throw new UnsupportedOperationException("TODO(task 3): give every object a stable, unique identity - see katas/objects/README.md#task-3");
    }
}
