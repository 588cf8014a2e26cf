package sequences;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import py.IndexError;
import py.Repr;
import py.TypeError;
import py.TypeName;

/**
 * What CPython would call type(x).__name__, iter(x), repr(x) and x == y, for the Java stand-ins
 * of Python values: Integer/Long for int, Boolean for bool, Double for float, String for str.
 */
final class PyValues {
    private PyValues() {
    }

    /** The sequence types of this kata first; every other stand-in is named by the given py.TypeName. */
    static String typeName(Object value) {
        if (value instanceof PyList) {
            return "list";
        }
        if (value instanceof PyTuple) {
            return "tuple";
        }
        if (value instanceof PyDeque) {
            return "collections.deque"; // CPython's messages print tp_name, which is qualified for deque and array
        }
        if (value instanceof PyArray) {
            return "array.array";
        }
        if (value instanceof GeneratorExpression) {
            return "generator";
        }
        return TypeName.of(value);
    }

    /** Python's bool is a subclass of int: True is 1 wherever an int is taken, as an index or in a sum. */
    static boolean isInt(Object value) {
        return value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte;
    }

    static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    /** The value of an int (or bool); call only after {@link #isInt}. */
    static long asLong(Object value) {
        return value instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) value).longValue();
    }

    /** float(x) for an int, bool or float; Java's long-to-double conversion rounds as CPython's does. */
    static double asDouble(Object value) {
        return isInt(value) ? (double) asLong(value) : ((Number) value).doubleValue();
    }

    /**
     * {@code a is b or a == b}, the test behind {@code in}, {@code count} and {@code index}. Numbers
     * compare by value across types (1 == 1.0 == True), exactly, and a nan equals nothing but itself;
     * Java's equals would say {@code Integer 1 != Boolean true}, {@code nan == nan} and {@code 0.0 != -0.0}.
     */
    static boolean pyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        boolean aNumber = isInt(a) || isFloat(a);
        boolean bNumber = isInt(b) || isFloat(b);
        if (aNumber && bNumber) {
            return numbersEqual(a, b);
        }
        return a != null && !aNumber && a.equals(b);
    }

    private static boolean numbersEqual(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return asLong(a) == asLong(b);
        }
        if (isFloat(a) && isFloat(b)) {
            return asDouble(a) == asDouble(b);
        }
        // An int against a float, compared exactly: 2**53 + 1 != 2.0**53 although (double) rounds them together.
        double real = asDouble(isFloat(a) ? a : b);
        long integer = asLong(isFloat(a) ? b : a);
        return Double.isFinite(real) && new BigDecimal(real).compareTo(BigDecimal.valueOf(integer)) == 0;
    }

    /** Python's iter(x): a str iterates over one-character strings; anything else must be iterable. */
    static Iterator<?> iter(Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (value instanceof Iterator<?> iterator) {
            return iterator;
        }
        if (value instanceof CharSequence text) {
            return text.codePoints().mapToObj(Character::toString).iterator();
        }
        throw new TypeError("'" + typeName(value) + "' object is not iterable");
    }

    /** list(x) when the caller needs every item before it changes anything (CPython's PySequence_Fast). */
    static List<Object> snapshot(Object value, String notIterableMessage) {
        if (!(value instanceof Iterable<?> || value instanceof Iterator<?> || value instanceof CharSequence)) {
            throw new TypeError(notIterableMessage);
        }
        List<Object> items = new ArrayList<>();
        iter(value).forEachRemaining(items::add);
        return items;
    }

    static String repr(Object value) {
        if (value instanceof PyList list) {
            return list.repr();
        }
        if (value instanceof PyTuple tuple) {
            return tuple.repr();
        }
        return Repr.of(value);
    }

    /** A negative index counts from the end, like CPython's PyList_GetItem after adding len. */
    static int normalize(long index, int length, String outOfRangeMessage) {
        long position = index < 0 ? index + length : index;
        if (position < 0 || position >= length) {
            throw new IndexError(outOfRangeMessage);
        }
        return (int) position;
    }
}
