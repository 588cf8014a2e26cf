package dunders;

import java.util.Iterator;
import java.util.List;

/** The Python type name of a Java value standing in for a Python one, for error messages. */
final class Types {
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
            return "iterator";
        }
        return value instanceof NotImplemented ? "NotImplementedType" : value.getClass().getSimpleName();
    }

}
