package metaclasses;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The Python type name of a Java value that stands in for a Python one, for error messages. */
final class PyTypes {
    private PyTypes() {
    }

    static String nameOf(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof PyObject object) {
            return object.type().name();
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof CharSequence) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }
}
