package sequences;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import py.Repr;
import py.TypeError;

/** What CPython would call type(x).__name__, iter(x) and repr(x), for the Java stand-ins of Python values. */
final class PyValues {
    private PyValues() {
    }

    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (isInt(value)) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return "str";
        }
        if (value instanceof PyList) {
            return "list";
        }
        if (value instanceof PyTuple) {
            return "tuple";
        }
        if (value instanceof PyDeque) {
            return "collections.deque";
        }
        if (value instanceof PyArray) {
            return "array.array";
        }
        if (value instanceof GeneratorExpression) {
            return "generator";
        }
        return value.getClass().getSimpleName();
    }

    static boolean isInt(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
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
    static int normalize(int index, int length, String outOfRangeMessage) {
        long position = index < 0 ? (long) index + length : index;
        if (position < 0 || position >= length) {
            throw new py.IndexError(outOfRangeMessage);
        }
        return (int) position;
    }
}
