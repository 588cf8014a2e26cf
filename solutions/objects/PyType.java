package objects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import py.TypeError;
import java.util.ArrayList;

/** A class. A class is an object too: its own type is {@code type} (or, for {@code type} itself, itself). */
public final class PyType extends PyObject {
    /** What calling this type does, for the few built-in types that do something special. */
    enum Kind { OBJECT, TYPE, INT, BOOL, SINGLETON, HEAP }

    private final String name;
    private final List<PyType> bases;
    private final Map<String, Object> dict;
    private final Kind kind;
    private PyType metatype;

    PyType(String name, List<PyType> bases, Map<String, Object> dict, Kind kind, PyType metatype) {
        this.name = name;
        this.bases = List.copyOf(bases);
        this.dict = Collections.unmodifiableMap(new LinkedHashMap<>(dict));
        this.kind = kind;
        this.metatype = metatype;
    }

    /** Closes the bootstrap loop: `type` is created before anything can name it as its own type. */
    void settleMetatype(PyType metatype) {
        this.metatype = metatype;
    }

    /** {@code cls.__name__}. */
    public String name() {
        return name;
    }

    /** {@code cls.__bases__}: {@code ()} for object, {@code (object,)} for a class written without bases. */
    @Override
    public List<PyType> bases() {
        return bases;
    }

    /** {@code type(cls)}: the metaclass, which is {@code type} for every class here, including type. */
    @Override
    public PyType type() {
        return metatype;
    }

    /** {@code cls.__dict__}: the namespace the class was created with, read-only. */
    public Map<String, Object> dict() {
        return dict;
    }

    /**
     * {@code cls(*args)}. Calling {@code type} inspects or creates a class; calling the type of a
     * singleton hands back the singleton; calling a class makes a new instance.
     */
    public PyObject call(Object... args) {
        return switch (kind) {
            case TYPE -> TypeCall.call(args);
            case SINGLETON -> {
                if (args.length > 0) {
                    // The singleton types word it without the parentheses, and by their names in the types module.
                    throw new TypeError(Builtins.typesModuleName(this) + " takes no arguments");
                }
                yield Builtins.singletonOf(this);
            }
            case INT -> PyInt.of(args.length == 0 ? 0 : intArgument(args).value());
            case BOOL -> Builtins.bool(args.length > 0 && intArgument(args).value() != 0);
            case OBJECT, HEAP -> {
                noArguments(args);
                yield new PyInstance(this);
            }
        };
    }

    boolean acceptsSubclasses() {
        return kind != Kind.BOOL && kind != Kind.SINGLETON;
    }

    private void noArguments(Object[] args) {
        if (args.length > 0) {
            throw new TypeError(name + "() takes no arguments");
        }
    }

    private PyInt intArgument(Object[] args) {
        if (args.length == 1 && args[0] instanceof PyInt number) {
            return number;
        }
        throw new TypeError(name + "() takes at most one int argument in this model");
    }
}

/** {@code type(x)} and {@code type(name, bases, dict)}: one callable, two jobs, told apart by the argument count. */
final class TypeCall {
    private TypeCall() {
    }

    static PyObject call(Object... args) {
        return switch (args.length) {
            case 1 -> typeOf(args[0]);
            case 3 -> newClass(args[0], args[1], args[2]);
            default -> throw new TypeError("type() takes 1 or 3 arguments");
        };
    }

    private static PyType typeOf(Object value) {
        if (value instanceof PyObject object) {
            return object.type();
        }
        throw new TypeError("this model only knows the type of PyObjects, not " + value.getClass().getName());
    }

    private static PyType newClass(Object name, Object bases, Object dict) {
        // Same checks and order as type.__new__: name, then bases, then namespace.
        if (!(name instanceof String className)) {
            throw new TypeError("type.__new__() argument 1 must be str, not " + pythonTypeName(name));
        }
        if (!(bases instanceof List<?> baseList)) {
            throw new TypeError("type.__new__() argument 2 must be tuple, not " + pythonTypeName(bases));
        }
        if (!(dict instanceof Map<?, ?> namespace)) {
            throw new TypeError("type.__new__() argument 3 must be dict, not " + pythonTypeName(dict));
        }
        List<PyType> checked = new ArrayList<>();
        for (Object base : baseList) {
            // A base that is not a class has a metaclass (its type) that is not a subclass of type.
            if (!(base instanceof PyType type)) {
                throw new TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            if (!type.acceptsSubclasses()) {
                throw new TypeError("type '" + type.name() + "' is not an acceptable base type");
            }
            checked.add(type);
        }
        if (checked.isEmpty()) {
            // Python 3 has only new-style classes: no bases means (object,).
            checked.add(Builtins.object());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) namespace;
        return new PyType(className, checked, attributes, PyType.Kind.HEAP, Builtins.type());
    }

    private static String pythonTypeName(Object value) {
        if (value == null || value == Builtins.none()) {
            return "None"; // CPython's argument errors name None itself, not its type NoneType
        }
        if (value instanceof PyObject object) {
            return object.type().name();
        }
        if (value instanceof Integer || value instanceof Long) {
            return "int";
        }
        if (value instanceof String) {
            return "str";
        }
        return value.getClass().getSimpleName();
    }
}
