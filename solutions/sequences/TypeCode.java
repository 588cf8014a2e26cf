package sequences;

import java.nio.ByteBuffer;
import py.OverflowError;

/** The C type behind each array typecode: its size, its range, and CPython's words when a value does not fit. */
enum TypeCode {
    SIGNED_CHAR('b', 1), UNSIGNED_CHAR('B', 1), SIGNED_SHORT('h', 2), UNSIGNED_SHORT('H', 2),
    SIGNED_INT('i', 4), UNSIGNED_INT('I', 4), SIGNED_LONG('l', 8), UNSIGNED_LONG('L', 8),
    SIGNED_LONG_LONG('q', 8), UNSIGNED_LONG_LONG('Q', 8), FLOAT('f', 4), DOUBLE('d', 8);

    final char code;
    final int size;

    TypeCode(char code, int size) {
        this.code = code;
        this.size = size;
    }

    static TypeCode of(char code) {
        for (TypeCode type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }

    boolean isFloat() {
        return this == FLOAT || this == DOUBLE;
    }

    /** Check an int against the C type, in the order CPython's setters do (some parse a wider type first). */
    void checkRange(long value) {
        switch (this) {
            case SIGNED_CHAR -> {
                within(value, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                within(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
            }
            case UNSIGNED_CHAR -> within(value, 0, 255, "unsigned byte integer");
            case SIGNED_SHORT -> within(value, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case UNSIGNED_SHORT -> {
                within(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                within(value, 0, 65535, "unsigned short");
            }
            case SIGNED_INT -> within(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case UNSIGNED_INT -> {
                notNegative(value, "can't convert negative value to unsigned int");
                within(value, 0, 0xFFFF_FFFFL, "unsigned int");
            }
            case UNSIGNED_LONG -> notNegative(value, "can't convert negative value to unsigned int");
            case UNSIGNED_LONG_LONG -> notNegative(value, "can't convert negative int to unsigned");
            default -> {
                // l and q are 8 bytes here: every Java long fits.
            }
        }
    }

    void write(ByteBuffer buffer, int offset, Object value) {
        switch (size) {
            case 1 -> buffer.put(offset, (byte) ((Number) value).longValue());
            case 2 -> buffer.putShort(offset, (short) ((Number) value).longValue());
            case 4 -> {
                if (this == FLOAT) {
                    buffer.putFloat(offset, ((Number) value).floatValue());
                } else {
                    buffer.putInt(offset, (int) ((Number) value).longValue());
                }
            }
            default -> {
                if (this == DOUBLE) {
                    buffer.putDouble(offset, ((Number) value).doubleValue());
                } else {
                    buffer.putLong(offset, ((Number) value).longValue());
                }
            }
        }
    }

    Object read(ByteBuffer buffer, int offset) {
        return switch (this) {
            case SIGNED_CHAR -> (long) buffer.get(offset);
            case UNSIGNED_CHAR -> (long) Byte.toUnsignedInt(buffer.get(offset));
            case SIGNED_SHORT -> (long) buffer.getShort(offset);
            case UNSIGNED_SHORT -> (long) Short.toUnsignedInt(buffer.getShort(offset));
            case SIGNED_INT -> (long) buffer.getInt(offset);
            case UNSIGNED_INT -> Integer.toUnsignedLong(buffer.getInt(offset));
            case FLOAT -> (double) buffer.getFloat(offset);
            case DOUBLE -> buffer.getDouble(offset);
            default -> buffer.getLong(offset);
        };
    }

    private static void within(long value, long min, long max, String cName) {
        if (value < min) {
            throw new OverflowError(cName + " is less than minimum");
        }
        if (value > max) {
            throw new OverflowError(cName + " is greater than maximum");
        }
    }

    private static void notNegative(long value, String message) {
        if (value < 0) {
            throw new OverflowError(message);
        }
    }
}
