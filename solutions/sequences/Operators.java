package sequences;

import py.TypeError;

/** The statement {@code a += b}, spelled as functions (compare Python's operator.iadd). */
public final class Operators {
    private Operators() {
    }

    /**
     * {@code a += b}, returning what the name a is bound to afterwards: {@code a = operator.iadd(a, b)}.
     * A type with its own in-place add (list) mutates and returns itself; the others (tuple, int,
     * str) have none, so Python falls back to {@code a + b} and rebinds a to the new object.
     */
    public static Object iadd(Object a, Object b) {
        if (a instanceof PyList list) {
            return list.iadd(b);
        }
        if (a instanceof PyTuple tuple) {
            return tuple.add(b);
        }
        if (a instanceof CharSequence text) {
            if (!(b instanceof CharSequence)) {
                throw new TypeError("can only concatenate str (not \"" + PyValues.typeName(b) + "\") to str");
            }
            return text.toString() + b;
        }
        if (isNumber(a) && isNumber(b)) {
            return addNumbers(a, b);
        }
        throw new TypeError("unsupported operand type(s) for +=: '" + PyValues.typeName(a)
                + "' and '" + PyValues.typeName(b) + "'");
    }

    /**
     * {@code container[index] += b}: read the item, add in place, then store the result back.
     * The store comes last, so a list inside a tuple is already extended when the tuple refuses it.
     */
    public static void iaddItem(Object container, int index, Object b) {
        if (container instanceof PyList list) {
            list.set(index, iadd(list.get(index), b));
        } else if (container instanceof PyTuple tuple) {
            tuple.setItem(index, iadd(tuple.get(index), b));
        } else {
            throw new TypeError("'" + PyValues.typeName(container) + "' object is not subscriptable");
        }
    }

    private static boolean isNumber(Object value) {
        return PyValues.isInt(value) || PyValues.isFloat(value);
    }

    /** Ints (bools among them: True + True is 2) add up to an int; a float on either side makes a float. */
    private static Object addNumbers(Object a, Object b) {
        if (PyValues.isFloat(a) || PyValues.isFloat(b)) {
            return PyValues.asDouble(a) + PyValues.asDouble(b);
        }
        long sum = Math.addExact(PyValues.asLong(a), PyValues.asLong(b));
        // Python has one int type; keep small results as Integer so that 1 += 2 reads as 3.
        // (Not with ?: here, which would unbox both branches and box the Integer as a Long.)
        if (sum == (int) sum) {
            return (int) sum;
        }
        return sum;
    }
}
