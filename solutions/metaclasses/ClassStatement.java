package metaclasses;

import java.util.List;
import java.util.Map;
import py.TypeError;

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
        PyType declared = metaclass != null ? metaclass : bases.isEmpty() ? PyType.TYPE : bases.get(0).type();
        PyType winner = calculateMetaclass(declared, bases);
        Object created = winner.lookup("__new__") instanceof PyFunction newHook
                ? newHook.call(winner, name, bases, namespace, kwargs)
                : typeNew(winner, name, bases, namespace, kwargs);
        if (!(created instanceof PyType cls)) {
            throw new TypeError("this model expects a metaclass __new__ to return a class, not '"
                    + PyType.typeNameOf(created) + "'");
        }
        // Same rule as type.__call__: __init__ only runs on an instance of the metaclass that was called.
        if (cls.isInstanceOf(winner) && cls.type().lookup("__init__") instanceof PyFunction init) {
            Object returned = init.call(cls, name, bases, namespace, kwargs);
            if (returned != null) {
                throw new TypeError("__init__() should return None, not '" + PyType.typeNameOf(returned) + "'");
            }
        }
        return cls;
    }

    /**
     * The most derived of {@code metaclass} and the metaclasses of all {@code bases}; TypeError
     * "metaclass conflict: ..." when no candidate is a subclass of all the others.
     */
    public static PyType calculateMetaclass(PyType metaclass, List<PyType> bases) {
        PyType winner = metaclass;
        for (PyType base : bases) {
            PyType candidate = base.type();
            if (winner.isSubclassOf(candidate)) {
                continue;
            }
            if (candidate.isSubclassOf(winner)) {
                winner = candidate;
                continue;
            }
            throw new TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * {@code type.__new__(mcs, name, bases, namespace, **kwargs)}: builds the class object, calls
     * {@code __set_name__} on every namespace value that has it (in namespace order), then the
     * parent's {@code __init_subclass__(cls, kwargs)}; {@code object}'s takes no keyword arguments.
     */
    public static PyType typeNew(PyType metaclass, String name, List<PyType> bases, Map<String, ?> namespace,
            Map<String, Object> kwargs) {
        PyType cls = new PyType(name, bases, namespace, metaclass);
        // A copy: a __set_name__ that adds class attributes must not break the iteration.
        for (Map.Entry<String, Object> entry : List.copyOf(cls.dict().entrySet())) {
            if (entry.getValue() instanceof Descriptor.SetName descriptor) {
                descriptor.setName(cls, entry.getKey());
            }
        }
        // super().__init_subclass__: the class's own hook is for ITS subclasses, so skip cls itself.
        if (cls.lookupAfter(cls, "__init_subclass__") instanceof PyFunction hook) {
            hook.call(cls, kwargs);
        } else if (!kwargs.isEmpty()) {
            throw new TypeError(name + ".__init_subclass__() takes no keyword arguments");
        }
        return cls;
    }
}
