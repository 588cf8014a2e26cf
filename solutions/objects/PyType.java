package objects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import py.TypeError;

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
