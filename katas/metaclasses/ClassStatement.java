package metaclasses;

import java.util.List;
import java.util.Map;

/**
 * The class statement, {@code class Name(*bases, metaclass=M, **kwargs): body}, run after the body
 * has filled {@code namespace}: pick the metaclass, then call it, exactly once per class statement.
 *
 * <p>Hook signatures (all {@link PyFunction}s in a class dict): a metaclass's
 * {@code __new__(mcs, name, bases, namespace, kwargs)} and {@code __init__(cls, name, bases, namespace, kwargs)};
 * a base class's {@code __init_subclass__(cls, kwargs)}.
 */
public final class ClassStatement {
    private ClassStatement() {
    }

    /**
     * Runs the class statement: the winning metaclass's {@code __new__} (or {@link #typeNew}), then, if
     * the result is an instance of that metaclass, the metaclass's {@code __init__}.
     *
     * @param metaclass the {@code metaclass=} keyword, or null for "not given"
     */
    public static PyType define(String name, List<PyType> bases, Map<String, ?> namespace, PyType metaclass,
            Map<String, Object> kwargs) {
        throw new UnsupportedOperationException("TODO(task 5): run a class statement through the right metaclass - see katas/metaclasses/README.md#task-5");
    }

    /**
     * The most derived of {@code metaclass} and the metaclasses of all {@code bases}; TypeError
     * "metaclass conflict: ..." when no candidate is a subclass of all the others.
     */
    public static PyType calculateMetaclass(PyType metaclass, List<PyType> bases) {
        throw new UnsupportedOperationException("TODO(task 5): pick the most derived metaclass, or report a conflict - see katas/metaclasses/README.md#task-5");
    }

    /**
     * {@code type.__new__(mcs, name, bases, namespace, **kwargs)}: builds the class object, calls
     * {@code __set_name__} on every namespace value that has it (in namespace order), then the
     * parent's {@code __init_subclass__(cls, kwargs)}; {@code object}'s takes no keyword arguments.
     */
    public static PyType typeNew(PyType metaclass, String name, List<PyType> bases, Map<String, ?> namespace,
            Map<String, Object> kwargs) {
        throw new UnsupportedOperationException("TODO(task 5): type.__new__: build the class, then __set_name__ and __init_subclass__ - see katas/metaclasses/README.md#task-5");
    }
}
