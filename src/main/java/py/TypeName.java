package py;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code type(x).__name__} for the Java values that stand in for Python ones, the name
 * CPython's error messages print: {@code 'int' object is not iterable}. The stand-ins are the ones
 * {@link Repr} prints: {@code null} is None, Boolean is bool, Integer, Long (and Byte, Short,
 * BigInteger) are int, Double and Float are float, a String (any CharSequence, or a char) is str,
 * a java.util.List is list and a Map is dict. A Python exception is named by its Python type.
 *
 * <p>A kata's own classes (a PyList, an Instance of a class) know their Python type better than
 * this helper can: name them first, and hand everything else to {@link #of}.
 */
public final class TypeName {
    private TypeName() {
    }

    /** {@code type(value).__name__}; a class that stands for no Python type is named by its Java simple name. */
    public static String of(Object value) {
        if (value == null) {
            return "NoneType";
        }
        // bool subclasses int in Python (isinstance(True, int) holds), but type(True) is bool, so bool is asked first.
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        if (value instanceof PyBaseException exception) {
            return exception.pythonType();
        }
        return value.getClass().getSimpleName();
    }
}
