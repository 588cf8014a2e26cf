package metaclasses;

import java.util.List;
import java.util.Map;

/**
 * The arguments a test metaclass's {@code __new__(mcs, name, bases, namespace, kwargs)} receives as an
 * {@code Object[]}, read back into their types, and the {@code super().__new__} such a metaclass ends with.
 */
final class MetaNew {
    private MetaNew() {
    }

    /** {@code type.__new__(metaclass, name, bases, namespace, **kwargs)} with the arguments {@code __new__} was given. */
    static PyType typeNew(PyType metaclass, Object[] args) {
        return ClassStatement.typeNew(metaclass, (String) args[1], bases(args[2]), namespace(args), kwargs(args[4]));
    }

    /** The class body's namespace: {@code __new__}'s fourth argument. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> namespace(Object[] args) {
        return (Map<String, Object>) args[3];
    }

    /** The class statement's keywords, as {@code __new__} and {@code __init_subclass__} receive them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> kwargs(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<PyType> bases(Object value) {
        return (List<PyType>) value;
    }
}
