package references;

import java.util.ArrayList;
import java.util.List;
import py.TypeError;
import py.TypeName;

/**
 * {@code a += b} on Python's int (Long), list (java.util.List), tuple ({@link PyTuple}), str
 * (String) and None (null). A list is mutable, so {@code +=} extends it in place and returns the
 * same object; the immutable types build a new object, so only the local name changes.
 */
public final class Augmented {
    private Augmented() {
    }

    /** The value {@code a} holds after {@code a += b}. */
    @SuppressWarnings("unchecked")
    public static Object iadd(Object a, Object b) {
        if (a instanceof List<?> list) {
            // list.__iadd__ is extend(): any iterable, and the very same list comes back.
            ((List<Object>) list).addAll(iterate(b));
            return list;
        }
        if (a instanceof PyTuple tuple) {
            if (!(b instanceof PyTuple other)) {
                throw concatenate("tuple", b);
            }
            List<Object> joined = new ArrayList<>(tuple.items());
            joined.addAll(other.items());
            return new PyTuple(joined);
        }
        if (a instanceof String text) {
            if (!(b instanceof String other)) {
                throw concatenate("str", b);
            }
            return text + other;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        throw new TypeError("unsupported operand type(s) for +=: '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    private static List<Object> iterate(Object b) {
        if (b instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (b instanceof PyTuple tuple) {
            return tuple.items();
        }
        if (b instanceof String text) {
            return new ArrayList<>(text.chars().mapToObj(c -> String.valueOf((char) c)).toList());
        }
        throw new TypeError("'" + typeName(b) + "' object is not iterable");
    }

    private static TypeError concatenate(String type, Object b) {
        return new TypeError("can only concatenate " + type + " (not \"" + typeName(b) + "\") to " + type);
    }

    /** {@code type(x).__name__}: the given py.TypeName, which knows every stand-in here but PyTuple. */
    private static String typeName(Object value) {
        return value instanceof PyTuple ? "tuple" : TypeName.of(value);
    }
}
