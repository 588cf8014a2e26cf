package dicts;

import java.math.BigInteger;

/** Decodes the golden fixtures' tagged values ("i:5", "f:2.5", "b:True") into the Java stand-ins. */
final class Tagged {
    private Tagged() {
    }

    static Object parse(String tagged) {
        String text = tagged.substring(2);
        return switch (tagged.charAt(0)) {
            case 'i' -> {
                BigInteger big = new BigInteger(text);
                yield big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            case 'f' -> switch (text) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(text);
            };
            case 'b' -> Boolean.parseBoolean(text.toLowerCase());
            default -> throw new IllegalArgumentException("unknown tag in " + tagged);
        };
    }
}
