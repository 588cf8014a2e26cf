package dunders;

import java.util.List;
import py.TypeError;
import py.ValueError;

/** {@code len(x)} and {@code bool(x)}: two built-ins that call dunders for you. */
public final class Length {
    private Length() {
    }

    /** {@code len(x)}: calls {@code type(x).__len__} and checks that the answer is a non-negative int. */
    public static int len(Object x) {
        if (x instanceof Instance instance) {
            // Implicit calls look the dunder up on the type; an instance attribute is ignored.
            PyFunction method = instance.type().lookup("__len__");
            if (method == null) {
                throw new TypeError("object of type '" + TypeNames.of(x) + "' has no len()");
            }
            return checkedLength(method.call(instance));
        }
        if (x instanceof String text) {
            return text.codePointCount(0, text.length());
        }
        if (x instanceof List<?> list) {
            return list.size();
        }
        throw new TypeError("object of type '" + TypeNames.of(x) + "' has no len()");
    }

    /** {@code bool(x)}: {@code __bool__} if the type has it, else {@code __len__() != 0}, else True. */
    public static boolean truth(Object x) {
        if (x instanceof Instance instance) {
            PyFunction dunderBool = instance.type().lookup("__bool__");
            if (dunderBool != null) {
                Object result = dunderBool.call(instance);
                if (result instanceof Boolean answer) {
                    return answer;
                }
                // Not even an int will do: __bool__ must return True or False.
                throw new TypeError("__bool__ should return bool, returned " + TypeNames.of(result));
            }
            return instance.type().lookup("__len__") == null || len(instance) != 0;
        }
        if (x == null || x instanceof NotImplemented) {
            return x != null;
        }
        if (x instanceof Boolean answer) {
            return answer;
        }
        if (x instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return !(x instanceof String || x instanceof List) || len(x) != 0;
    }

    private static int checkedLength(Object result) {
        long length;
        if (result instanceof Boolean flag) {
            length = flag ? 1 : 0; // bool is a subclass of int, so True is a fine length
        } else if (result instanceof Integer || result instanceof Long) {
            length = ((Number) result).longValue();
        } else {
            throw new TypeError("'" + TypeNames.of(result) + "' object cannot be interpreted as an integer");
        }
        if (length < 0) {
            throw new ValueError("__len__() should return >= 0");
        }
        return Math.toIntExact(length);
    }
}
