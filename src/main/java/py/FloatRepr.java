package py;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code repr(x)} of a Python float, digit for digit: the shortest decimal that reads back as the
 * same double (ties go to the one nearer the exact value, then to an even last digit), written
 * with an exponent when it is below 1e-4 or from 1e16 up. Java's {@code Double.toString} is not
 * this: its format differs ({@code 1.0E16} for {@code 1e+16}), and before JDK 19 its digits were
 * not always the shortest, so the digits are searched here with exact decimal arithmetic.
 */
final class FloatRepr {
    /** CPython switches to exponent notation when the decimal point would sit 16 places right of the first digit. */
    private static final int LARGEST_FIXED_EXPONENT = 16;
    /** ... or 4 places left of it: 0.0001 is fixed, 1e-05 is not. */
    private static final int SMALLEST_FIXED_EXPONENT = -4;
    /** 17 significant digits always identify a double. */
    private static final int MAX_DIGITS = 17;
    /** One digit more than MAX_DIGITS, to tell which of two brackets is nearer; fits in a long. */
    private static final int HEAD_DIGITS = MAX_DIGITS + 1;
    private static final long[] POWERS_OF_TEN = new long[HEAD_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private FloatRepr() {
    }

    static String of(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = Double.doubleToRawLongBits(value) < 0 ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        BigDecimal digits = shortest(Math.abs(value)).stripTrailingZeros();
        String significand = digits.unscaledValue().toString();
        // The value is 0.<significand> * 10**pointPosition, as in CPython's dtoa "decpt".
        int pointPosition = significand.length() - digits.scale();
        boolean exponent = pointPosition <= SMALLEST_FIXED_EXPONENT || pointPosition > LARGEST_FIXED_EXPONENT;
        return sign + (exponent ? scientific(significand, pointPosition - 1) : fixed(significand, pointPosition));
    }

    /**
     * The fewest significant digits that read back as value; among two such, the nearer, then the
     * even. Only the first 18 digits of the exact value matter, plus whether any digit after them
     * is non-zero: that is enough to bracket value at 17 digits or fewer and to see which bracket is nearer.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal head = exact.round(new MathContext(HEAD_DIGITS, RoundingMode.DOWN));
        boolean tail = head.compareTo(exact) != 0;
        int padding = HEAD_DIGITS - head.precision();
        long digits = head.unscaledValue().longValueExact() * POWERS_OF_TEN[padding];
        int scale = head.scale() + padding;
        // Reading back is monotonic in the precision (a nearer bracket stays inside the interval
        // that rounds to value). Java's own digits read back, so they bound the search; on JDK 19+
        // they are already the fewest, and before that they were at most a digit or two too many.
        int javaBound = Math.min(MAX_DIGITS, javaDigitCount(value));
        int low = 1;
        int high = MAX_DIGITS;
        if (bracket(value, digits, scale, tail, javaBound) == null) {
            low = javaBound + 1;
        } else {
            high = javaBound;
            if (javaBound == 1 || bracket(value, digits, scale, tail, javaBound - 1) == null) {
                low = javaBound;
            }
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bracket(value, digits, scale, tail, middle) != null) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return bracket(value, digits, scale, tail, low);
    }

    /** How many significant digits Double.toString prints for a positive finite value. */
    private static int javaDigitCount(double value) {
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        String significand = (exponent < 0 ? text : text.substring(0, exponent)).replace(".", "");
        return significand.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
    }

    /** The bracket of value at this many digits that reads back (the nearer if both do), or null. */
    private static BigDecimal bracket(double value, long digits, int scale, boolean tail, int precision) {
        long unit = POWERS_OF_TEN[HEAD_DIGITS - precision];
        long below = digits / unit;
        long remainder = digits % unit;
        int candidateScale = scale - (HEAD_DIGITS - precision);
        boolean exact = remainder == 0 && !tail;
        BigDecimal down = BigDecimal.valueOf(below, candidateScale);
        BigDecimal up = exact ? down : BigDecimal.valueOf(below + 1, candidateScale);
        boolean downReadsBack = down.doubleValue() == value;
        boolean upReadsBack = up.doubleValue() == value;
        if (downReadsBack && upReadsBack) {
            // Compare the distance to the lower bracket with half a unit at this precision.
            int comparison = Long.compare(remainder, unit / 2);
            if (comparison == 0 && tail) {
                comparison = 1;
            }
            return comparison < 0 || comparison == 0 && below % 2 == 0 ? down : up;
        }
        return downReadsBack ? down : upReadsBack ? up : null;
    }

    /** {@code 1e+16}, {@code 1.5e-07}: one digit before the point, and at least two exponent digits. */
    private static String scientific(String significand, int exponent) {
        StringBuilder out = new StringBuilder().append(significand.charAt(0));
        if (significand.length() > 1) {
            out.append('.').append(significand, 1, significand.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        String magnitude = Integer.toString(Math.abs(exponent));
        return out.append(magnitude.length() < 2 ? "0" : "").append(magnitude).toString();
    }

    /** {@code 0.001}, {@code 12.5}, {@code 1000.0}: a float always shows a point and a digit after it. */
    private static String fixed(String significand, int pointPosition) {
        if (pointPosition <= 0) {
            return "0." + "0".repeat(-pointPosition) + significand;
        }
        if (pointPosition >= significand.length()) {
            return significand + "0".repeat(pointPosition - significand.length()) + ".0";
        }
        return significand.substring(0, pointPosition) + "." + significand.substring(pointPosition);
    }
}
