package coroutines;

import java.util.List;
import java.util.Map;

/** Python type names for the Java stand-ins, as error messages print them. */
final class Types {
    private Types() {
    }

    static String name(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "int";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        if (value instanceof ListIterator) {
            return "list_iterator";
        }
        if (value instanceof Generator) {
            return "generator";
        }
        if (value instanceof Coroutine) {
            return "coroutine";
        }
        return value.getClass().getSimpleName();
    }
}
