package dunders;

import java.util.HashMap;
import java.util.Map;
import py.AttributeError;
import java.util.Iterator;
import java.util.List;

/** An instance of a {@link PyClass}, with its own attribute dict ({@code obj.__dict__}). */
public final class Instance {
    private final PyClass type;
    private final Map<String, Object> dict = new HashMap<>();

    /** {@code cls()}. */
    public Instance(PyClass type) {
        this.type = type;
    }

    /** {@code type(self)}. */
    public PyClass type() {
        return type;
    }

    /** {@code self.name = value}: stored in the instance's own dict. */
    public void setattr(String name, Object value) {
        dict.put(name, value);
    }

    /** {@code self.name}: the instance dict first, then the class (a method found there is returned unbound). */
    public Object getattr(String name) {
        if (dict.containsKey(name)) {
            return dict.get(name);
        }
        PyFunction method = type.lookup(name);
        if (method == null) {
            throw new AttributeError("'" + type.name() + "' object has no attribute '" + name + "'");
        }
        return method;
    }

    /** The Python type name of a Java value standing in for a Python one, for error messages. */
    static final class Types {
        private Types() {
        }

        static String nameOf(Object value) {
            if (value == null) {
                return "NoneType";
            }
            if (value instanceof Instance instance) {
                return instance.type().name();
            }
            if (value instanceof Boolean) {
                return "bool";
            }
            if (value instanceof Integer || value instanceof Long) {
                return "int";
            }
            if (value instanceof Double) {
                return "float";
            }
            if (value instanceof String) {
                return "str";
            }
            if (value instanceof List) {
                return "list";
            }
            if (value instanceof Iterator) {
                return "list_iterator"; // what iter() of a list gives, the only iterator the specs hand out
            }
            return value instanceof NotImplemented ? "NotImplementedType" : value.getClass().getSimpleName();
        }

    }
}
