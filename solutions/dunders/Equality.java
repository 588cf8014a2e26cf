package dunders;

import java.util.List;
import java.util.Objects;
import py.TypeError;

/** {@code a == b}, {@code a != b} and {@code hash(x)}. */
public final class Equality {
    private static final Object NI = NotImplemented.NOT_IMPLEMENTED;

    private Equality() {
    }

    /** {@code a == b}: whatever {@code __eq__} answered, or identity when both sides said NotImplemented. */
    public static Object eq(Object a, Object b) {
        Object result = richCompare(a, b, "__eq__");
        return result != NI ? result : a == b;
    }

    /** {@code a != b}: {@code __ne__}, whose default inverts {@code __eq__}; identity as the last resort. */
    public static Object ne(Object a, Object b) {
        Object result = richCompare(a, b, "__ne__");
        return result != NI ? result : a != b;
    }

    /** {@code hash(x)}: a class that defines {@code __eq__} without {@code __hash__} is unhashable. */
    public static int hash(Object x) {
        if (!(x instanceof Instance instance)) {
            if (x instanceof List) {
                throw new TypeError("unhashable type: 'list'");
            }
            if (x instanceof Boolean || x instanceof Integer) {
                return checkedHash(x); // hash(True) == 1 and hash(n) == n, except for -1
            }
            return Objects.hashCode(x);
        }
        // Defining __eq__ sets __hash__ = None in that class body unless __hash__ is defined too.
        for (PyClass cls = instance.type(); cls != null; cls = cls.base()) {
            if (cls.defines("__hash__")) {
                return checkedHash(cls.lookup("__hash__").call(instance));
            }
            if (cls.defines("__eq__")) {
                throw new TypeError("unhashable type: '" + instance.type().name() + "'");
            }
        }
        return System.identityHashCode(x);
    }

    /** == and != are their own reflections: the right operand is asked the same question. */
    private static Object richCompare(Object a, Object b, String op) {
        PyClass left = a instanceof Instance instance ? instance.type() : null;
        PyClass right = b instanceof Instance instance ? instance.type() : null;
        boolean reverseFirst = left != null && right != null && left != right && right.isSubclassOf(left);
        if (reverseFirst) {
            Object result = compareVia(b, a, op);
            if (result != NI) {
                return result;
            }
        }
        Object result = compareVia(a, b, op);
        if (result != NI || reverseFirst) {
            return result;
        }
        // Unlike +, the reflected comparison is tried even when both sides have the same type.
        return compareVia(b, a, op);
    }

    /** {@code type(self).__op__(self, other)}, with object's defaults when the class defines nothing. */
    private static Object compareVia(Object self, Object other, String op) {
        if (!(self instanceof Instance instance)) {
            if (other instanceof Instance) {
                return NI; // a built-in value does not know how to compare itself with our instances
            }
            boolean equal = Objects.equals(self, other);
            return op.equals("__eq__") ? equal : !equal;
        }
        PyFunction method = instance.type().lookup(op);
        if (method != null) {
            return method.call(instance, other);
        }
        if (op.equals("__eq__")) {
            return self == other ? Boolean.TRUE : NI; // object.__eq__: identity or "don't know"
        }
        // object.__ne__ asks type(self).__eq__ and inverts a real answer.
        Object equal = compareVia(self, other, "__eq__");
        return equal == NI ? NI : !Length.truth(equal);
    }

    private static int checkedHash(Object result) {
        if (result instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (result instanceof Integer number) {
            // -1 is the error return of C's hash functions, so CPython turns a hash of -1 into -2.
            return number == -1 ? -2 : number;
        }
        if (result instanceof Long number) {
            return Long.hashCode(number);
        }
        throw new TypeError("__hash__ method should return an integer");
    }
}
