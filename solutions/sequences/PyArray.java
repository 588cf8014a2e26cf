package sequences;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import py.TypeError;
import py.ValueError;
import py.OverflowError;

/**
 * Python's array.array: a typed, compact sequence. Items live as raw C values in one byte buffer
 * (itemsize bytes each), not as objects, so a value must fit the typecode to get in.
 * Integer typecodes read back as Long, 'f' and 'd' as Double.
 */
public final class PyArray implements Iterable<Object> {
    private final TypeCode type;
    private byte[] bytes = new byte[16];
    private int length;

    /** {@code array(typecode)}, e.g. {@code new PyArray("i")}. */
    public PyArray(String typecode) {
        if (typecode == null || typecode.length() != 1) {
            throw new TypeError("array() argument 1 must be a unicode character, not " + PyValues.typeName(typecode));
        }
        this.type = TypeCode.of(typecode.charAt(0));
        if (type == null) {
            throw new ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
    }

    /** {@code array(typecode, initializer)}: the items of any iterable, each checked. */
    public PyArray(String typecode, Object initializer) {
        this(typecode);
        extend(initializer);
    }

    public String typecode() {
        return String.valueOf(type.code);
    }

    /** Bytes per item: 1 for 'b', 2 for 'h', 4 for 'i', 8 for 'd', ... */
    public int itemsize() {
        return type.size;
    }

    public int len() {
        return length;
    }

    /** {@code arr[index]}: a Long for the integer typecodes, a Double for 'f' and 'd'. */
    public Object get(int index) {
        return type.read(buffer(), PyValues.normalize(index, length, "array index out of range") * type.size);
    }

    /** {@code arr.append(value)}: converted to the C type, or refused with TypeError/OverflowError. */
    public void append(Object value) {
        Object checked = convert(value);
        if ((length + 1) * type.size > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        type.write(buffer(), length * type.size, checked);
        length++;
    }

    /** {@code arr.extend(iterable)}: another array must have the same typecode; items go in one by one. */
    public void extend(Object iterable) {
        if (iterable instanceof PyArray other) {
            requireSameKind(other);
            for (Object item : other.toList()) {
                append(item);
            }
            return;
        }
        Iterator<?> items = PyValues.iter(iterable);
        while (items.hasNext()) {
            append(items.next());
        }
    }

    /** {@code arr + other}: a new array; other must be an array of the same typecode. */
    public PyArray add(Object other) {
        if (!(other instanceof PyArray right)) {
            throw new TypeError("can only append array (not \"" + PyValues.typeName(other) + "\") to array");
        }
        if (right.type != type) {
            throw new TypeError("bad argument type for built-in operation");
        }
        PyArray result = new PyArray(typecode());
        result.extend(this);
        result.extend(right);
        return result;
    }

    /** {@code arr += other}: only another array of the same typecode, unlike list's +=. */
    public PyArray iadd(Object other) {
        if (!(other instanceof PyArray right)) {
            throw new TypeError("can only extend array with array (not \"" + PyValues.typeName(other) + "\")");
        }
        extend(right);
        return this;
    }

    /** {@code arr.tobytes()}: the raw machine values, itemsize bytes each, little-endian. */
    public byte[] tobytes() {
        return Arrays.copyOf(bytes, length * type.size);
    }

    /** {@code arr.tolist()}. */
    public List<Object> toList() {
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(type.read(buffer(), i * type.size));
        }
        return items;
    }

    /** {@code iter(arr)}: over a snapshot of the items. */
    @Override
    public Iterator<Object> iterator() {
        return toList().iterator();
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void requireSameKind(PyArray other) {
        if (other.type != type) {
            throw new TypeError("can only extend with array of same kind");
        }
    }

    /** Python's bool is an int, so True goes in as 1; a float never goes into an integer array. */
    private Object convert(Object value) {
        if (type.isFloat()) {
            if (!PyValues.isInt(value) && !PyValues.isFloat(value)) {
                throw new TypeError("must be real number, not " + PyValues.typeName(value));
            }
            return PyValues.asDouble(value);
        }
        if (!PyValues.isInt(value)) {
            throw new TypeError("'" + PyValues.typeName(value) + "' object cannot be interpreted as an integer");
        }
        long integer = PyValues.asLong(value);
        type.checkRange(integer);
        return integer;
    }
}
