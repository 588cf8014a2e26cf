package sequences;

import java.util.Iterator;
import java.util.List;

/** collections.deque: O(1) appends and pops at both ends, with an optional maxlen. */
public final class PyDeque implements Iterable<Object> {

    /** {@code deque()}: unbounded. */
    public PyDeque() {
        throw new UnsupportedOperationException("TODO(task 6): create an empty, unbounded deque - see katas/sequences/README.md#task-6");
    }

    /** {@code deque(maxlen=maxlen)}; null means unbounded. */
    public PyDeque(Integer maxlen) {
        throw new UnsupportedOperationException("TODO(task 6): create an empty deque holding at most maxlen items - see katas/sequences/README.md#task-6");
    }

    /** {@code d.maxlen}: null for an unbounded deque. */
    public Integer maxlen() {
        throw new UnsupportedOperationException("TODO(task 6): return maxlen - see katas/sequences/README.md#task-6");
    }

    public int len() {
        throw new UnsupportedOperationException("TODO(task 6): return the number of items - see katas/sequences/README.md#task-6");
    }

    /** {@code d.append(x)}. */
    public void append(Object item) {
        throw new UnsupportedOperationException("TODO(task 6): add the item on the right - see katas/sequences/README.md#task-6");
    }

    /** {@code d.appendleft(x)}. */
    public void appendleft(Object item) {
        throw new UnsupportedOperationException("TODO(task 6): add the item on the left - see katas/sequences/README.md#task-6");
    }

    /** {@code d.pop()}. */
    public Object pop() {
        throw new UnsupportedOperationException("TODO(task 6): remove and return the rightmost item - see katas/sequences/README.md#task-6");
    }

    /** {@code d.popleft()}. */
    public Object popleft() {
        throw new UnsupportedOperationException("TODO(task 6): remove and return the leftmost item - see katas/sequences/README.md#task-6");
    }

    /** {@code d[index]}. */
    public Object get(int index) {
        throw new UnsupportedOperationException("TODO(task 6): return the item at index - see katas/sequences/README.md#task-6");
    }

    /** {@code d + other}. */
    public PyDeque add(Object other) {
        throw new UnsupportedOperationException("TODO(task 6): concatenate two deques into a new one - see katas/sequences/README.md#task-6");
    }

    /** {@code list(d)}, left to right. */
    public List<Object> toList() {
        throw new UnsupportedOperationException("TODO(task 6): return the items, left to right - see katas/sequences/README.md#task-6");
    }

    /** {@code iter(d)}, left to right. */
    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 6): iterate over the items, left to right - see katas/sequences/README.md#task-6");
    }
}
