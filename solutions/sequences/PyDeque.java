package sequences;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import py.IndexError;
import py.TypeError;
import py.ValueError;

/**
 * collections.deque: O(1) appends and pops at both ends (a ring buffer here; CPython links
 * blocks of 64). With a maxlen, adding to a full deque drops an item from the opposite end.
 */
public final class PyDeque implements Iterable<Object> {
    private final Integer maxlen;
    private Object[] ring = new Object[8];
    private int head;
    private int size;

    /** {@code deque()}: unbounded. */
    public PyDeque() {
        this(null);
    }

    /** {@code deque(maxlen=maxlen)}; null means unbounded. */
    public PyDeque(Integer maxlen) {
        if (maxlen != null && maxlen < 0) {
            throw new ValueError("maxlen must be non-negative");
        }
        this.maxlen = maxlen;
    }

    /** {@code d.maxlen}: null for an unbounded deque. */
    public Integer maxlen() {
        return maxlen;
    }

    public int len() {
        return size;
    }

    /** {@code d.append(x)}: on the right; a full deque first drops its leftmost item. */
    public void append(Object item) {
        if (maxlen != null && size == maxlen) {
            if (maxlen == 0) {
                return;
            }
            popleft();
        }
        grow();
        ring[slot(size)] = item;
        size++;
    }

    /** {@code d.appendleft(x)}: on the left; a full deque first drops its rightmost item. */
    public void appendleft(Object item) {
        if (maxlen != null && size == maxlen) {
            if (maxlen == 0) {
                return;
            }
            pop();
        }
        grow();
        head = slot(ring.length - 1);
        ring[head] = item;
        size++;
    }

    /** {@code d.pop()}: remove and return the rightmost item. */
    public Object pop() {
        requireItems();
        int last = slot(size - 1);
        Object item = ring[last];
        ring[last] = null;
        size--;
        return item;
    }

    /** {@code d.popleft()}: remove and return the leftmost item. */
    public Object popleft() {
        requireItems();
        Object item = ring[head];
        ring[head] = null;
        head = slot(1);
        size--;
        return item;
    }

    /** {@code d[index]}, where a negative index counts from the right. */
    public Object get(int index) {
        return ring[slot(PyValues.normalize(index, size, "deque index out of range"))];
    }

    /** {@code d + other}: a new deque with this deque's maxlen; other must be a deque. */
    public PyDeque add(Object other) {
        if (!(other instanceof PyDeque right)) {
            throw new TypeError("can only concatenate deque (not \"" + PyValues.typeName(other) + "\") to deque");
        }
        PyDeque result = new PyDeque(maxlen);
        toList().forEach(result::append);
        right.toList().forEach(result::append);
        return result;
    }

    /** {@code list(d)}, left to right. */
    public List<Object> toList() {
        List<Object> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(ring[slot(i)]);
        }
        return items;
    }

    /** {@code iter(d)}: over a snapshot, left to right. */
    @Override
    public Iterator<Object> iterator() {
        return toList().iterator();
    }

    private void requireItems() {
        if (size == 0) {
            throw new IndexError("pop from an empty deque");
        }
    }

    /** The ring position of the offset-th item from the left. */
    private int slot(int offset) {
        return (head + offset) % ring.length;
    }

    /** Doubling keeps appends O(1) on average; unwrapping the ring puts the head back at 0. */
    private void grow() {
        if (size < ring.length) {
            return;
        }
        Object[] bigger = new Object[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[slot(i)];
        }
        ring = bigger;
        head = 0;
    }
}
