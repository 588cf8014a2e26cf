package objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import py.TypeError;
import py.TypeName;

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
        return TypeName.of(value); // a plain Java value: 1.5 is a float, True a bool, not Double or Boolean
    }
}
