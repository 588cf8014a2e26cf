package dicts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import py.TypeError;

/**
 * Python's {@code hash()} and key equality for the Java values that stand in for Python ones:
 * Boolean, Integer, Long, BigInteger and Double are numbers, and numbers that compare equal hash
 * equal, so {@code 1}, {@code 1.0} and {@code True} are one dictionary key.
 */
public final class PyHash {
    /** CPython hashes numbers modulo this Mersenne prime (2**61 - 1) on 64-bit builds. */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF_HASH = 314159;

    private PyHash() {
    }

    /** {@code hash(value)}: TypeError {@code unhashable type: 'list'} for mutable containers. */
    public static long hash(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return hashLong(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return hashInteger(big);
        }
        if (value instanceof Double d) {
            // Since 3.10 a nan hashes by identity: of this Double object, not of a fresh box of its value.
            return Double.isNaN(d) ? avoidMinusOne(System.identityHashCode(value)) : hashDouble(d);
        }
        if (value instanceof PyFrozenSet frozen) {
            return frozen.pyHash();
        }
        String unhashable = unhashableTypeName(value);
        if (unhashable != null) {
            throw new TypeError("unhashable type: '" + unhashable + "'");
        }
        // Any other Java object hashes like a Python object that defines __hash__: its hashCode.
        return avoidMinusOne(value == null ? 0 : value.hashCode());
    }

    /** {@code a == b} for keys: identity first (as CPython does), then numeric or ordinary equality. */
    public static boolean keyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (isNumber(a) && isNumber(b)) {
            return numericEquals(a, b);
        }
        return a != null && a.equals(b);
    }

    private static long hashLong(long n) {
        if (n == Long.MIN_VALUE) {
            return hashInteger(BigInteger.valueOf(n));
        }
        // The common case without BigInteger: reduce |n|, then restore the sign.
        long reduced = Math.abs(n) % MODULUS;
        return avoidMinusOne(n < 0 ? -reduced : reduced);
    }

    private static long hashInteger(BigInteger n) {
        // hash(-n) == -hash(n): reduce the magnitude, then put the sign back.
        long reduced = n.abs().mod(BIG_MODULUS).longValue();
        return avoidMinusOne(n.signum() < 0 ? -reduced : reduced);
    }

    private static long hashDouble(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? INF_HASH : -INF_HASH;
        }
        // A finite double is exactly m / 2**k; its hash is m * inverse(2**k) modulo the prime,
        // which is what makes hash(2.0) == hash(2) and hash(0.5) consistent with Fraction(1, 2).
        // new BigDecimal(double) is exact, so its scale is never negative: the value is unscaled / 10**scale.
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.TEN.pow(exact.scale());
        long reduced = numerator.mod(BIG_MODULUS)
                .multiply(denominator.modInverse(BIG_MODULUS)).mod(BIG_MODULUS).longValue();
        return avoidMinusOne(d < 0 ? -reduced : reduced);
    }

    /** -1 is CPython's error marker for hash functions, so a hash of -1 becomes -2. */
    private static long avoidMinusOne(long hash) {
        return hash == -1 ? -2 : hash;
    }

    private static String unhashableTypeName(Object value) {
        if (value instanceof PySet || value instanceof java.util.Set<?>) {
            return "set";
        }
        if (value instanceof PyDict || value instanceof Map<?, ?>) {
            return "dict";
        }
        if (value instanceof Collection<?>) {
            return "list";
        }
        return null;
    }

    private static boolean isNumber(Object value) {
        return value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof Double;
    }

    private static boolean isSmallInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static boolean numericEquals(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (isSmallInteger(a) && isSmallInteger(b)) {
            return ((Number) a).longValue() == ((Number) b).longValue();
        }
        BigDecimal left = exact(a);
        BigDecimal right = exact(b);
        return left != null && right != null && left.compareTo(right) == 0;
    }

    /** The exact value of a number, or null for inf and nan (which equal no integer). */
    private static BigDecimal exact(Object number) {
        if (number instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double d) {
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }
}
