package dunders;

import java.util.ArrayList;
import java.util.List;
import py.TypeError;

/** {@code a + b}: {@code __add__} on the left, {@code __radd__} on the right, and who goes first. */
public final class Arithmetic {
    private static final Object NI = NotImplemented.NOT_IMPLEMENTED;

    private Arithmetic() {
    }

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        PyClass left = a instanceof Instance instance ? instance.type() : null;
        PyClass right = b instanceof Instance instance ? instance.type() : null;
        if (left == null && right == null) {
            return addBuiltins(a, b);
        }
        boolean sameType = left == right;
        boolean reflectedTried = false;
        // A subclass that overrides __radd__ gets the first word, so it can refine its parent's result.
        if (!sameType && left != null && right != null && right.isSubclassOf(left) && overrides(right, left, "__radd__")) {
            Object result = right.lookup("__radd__").call((Instance) b, a);
            if (result != NI) {
                return result;
            }
            reflectedTried = true;
        }
        if (left != null && left.lookup("__add__") != null) {
            Object result = left.lookup("__add__").call((Instance) a, b);
            if (result != NI) {
                return result;
            }
        }
        // Same type: Python never asks __radd__, the left side already had its chance.
        if (!sameType && !reflectedTried && right != null && right.lookup("__radd__") != null) {
            Object result = right.lookup("__radd__").call((Instance) b, a);
            if (result != NI) {
                return result;
            }
        }
        throw unsupported(a, b);
    }

    /** Does {@code sub} provide a different {@code method} than {@code base} would? */
    private static boolean overrides(PyClass sub, PyClass base, String method) {
        PyFunction mine = sub.lookup(method);
        return mine != null && mine != base.lookup(method);
    }

    /** int.__add__, float.__add__, str.__add__ and list.__add__, for the Java values that stand in for them. */
    private static Object addBuiltins(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            // bool is a subclass of int (True + True == 2), and int + float is a float.
            if (a instanceof Double || b instanceof Double) {
                return asDouble(a) + asDouble(b);
            }
            return Math.addExact(asInt(a), asInt(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return x + y;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> joined = new ArrayList<>(x);
            joined.addAll(y);
            return joined;
        }
        if (a instanceof String || a instanceof List) {
            // Sequences concatenate only with their own type, and say so in their own words.
            String type = TypeNames.of(a);
            throw new TypeError("can only concatenate " + type + " (not \"" + TypeNames.of(b) + "\") to " + type);
        }
        throw unsupported(a, b);
    }

    private static boolean isNumber(Object value) {
        return value instanceof Integer || value instanceof Boolean || value instanceof Double;
    }

    private static int asInt(Object number) {
        return number instanceof Boolean flag ? (flag ? 1 : 0) : (Integer) number;
    }

    private static double asDouble(Object number) {
        return number instanceof Double real ? real : asInt(number);
    }

    private static TypeError unsupported(Object a, Object b) {
        return new TypeError("unsupported operand type(s) for +: '" + TypeNames.of(a) + "' and '" + TypeNames.of(b) + "'");
    }
}
