package sequences;

import java.util.Iterator;
import java.util.List;

/**
 * Python's array.array: a typed, compact sequence of C values. Integer typecodes read back as
 * Long, 'f' and 'd' as Double.
 */
public final class PyArray implements Iterable<Object> {

    /** {@code array(typecode)}, e.g. {@code new PyArray("i")}. */
    public PyArray(String typecode) {
        throw new UnsupportedOperationException("TODO(task 5): create an empty array of this typecode - see katas/sequences/README.md#task-5");
    }

    /** {@code array(typecode, initializer)}. */
    public PyArray(String typecode, Object initializer) {
        throw new UnsupportedOperationException("TODO(task 5): create an array holding the items of the initializer - see katas/sequences/README.md#task-5");
    }

    public String typecode() {
        throw new UnsupportedOperationException("TODO(task 5): return the typecode - see katas/sequences/README.md#task-5");
    }

    /** Bytes per item. */
    public int itemsize() {
        throw new UnsupportedOperationException("TODO(task 5): return the size of one item in bytes - see katas/sequences/README.md#task-5");
    }

    public int len() {
        throw new UnsupportedOperationException("TODO(task 5): return the number of items - see katas/sequences/README.md#task-5");
    }

    /** {@code arr[index]}: a Long for the integer typecodes, a Double for 'f' and 'd'. */
    public Object get(int index) {
        throw new UnsupportedOperationException("TODO(task 5): return the item at index - see katas/sequences/README.md#task-5");
    }

    /** {@code arr.append(value)}. */
    public void append(Object value) {
        throw new UnsupportedOperationException("TODO(task 5): store the value if it fits the typecode - see katas/sequences/README.md#task-5");
    }

    /** {@code arr.extend(iterable)}. */
    public void extend(Object iterable) {
        throw new UnsupportedOperationException("TODO(task 5): append every item of the iterable - see katas/sequences/README.md#task-5");
    }

    /** {@code arr + other}. */
    public PyArray add(Object other) {
        throw new UnsupportedOperationException("TODO(task 5): concatenate two arrays into a new one - see katas/sequences/README.md#task-5");
    }

    /** {@code arr += other}. */
    public PyArray iadd(Object other) {
        throw new UnsupportedOperationException("TODO(task 5): extend this array in place, as array's += does - see katas/sequences/README.md#task-5");
    }

    /** {@code arr.tobytes()}: the raw machine values, little-endian. */
    public byte[] tobytes() {
        throw new UnsupportedOperationException("TODO(task 5): return the stored bytes - see katas/sequences/README.md#task-5");
    }

    /** {@code arr.tolist()}. */
    public List<Object> toList() {
        throw new UnsupportedOperationException("TODO(task 5): return the items as a Java list - see katas/sequences/README.md#task-5");
    }

    /** {@code iter(arr)}. */
    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 5): iterate over the items - see katas/sequences/README.md#task-5");
    }
}
