package metaclasses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python object in this model: it knows its type ({@code type(obj)}) and owns an instance
 * {@code __dict__}. Nothing here looks anything up: attribute lookup is {@link Attributes}' job.
 */
public class PyObject {
    private final PyType type;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    /** A bare instance of {@code type}, with an empty {@code __dict__} (what object.__new__ makes). */
    public PyObject(PyType type) {
        this.type = type;
    }

    /** {@code type(obj)}. */
    public PyType type() {
        return type == null ? PyType.TYPE : type;
    }

    /** {@code obj.__dict__}: the live, mutable instance dictionary. */
    public Map<String, Object> dict() {
        return dict;
    }

    /** {@code isinstance(obj, cls)} for the classes of this model. */
    public boolean isInstanceOf(PyType cls) {
        return type().isSubclassOf(cls);
    }

    @Override
    public String toString() {
        return "<" + type().name() + " object>";
    }
}
