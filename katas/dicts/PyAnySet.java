package dicts;

import java.util.Iterator;

/** What set and frozenset share: membership and the algebra {@code | & - ^ <= >=}. */
public abstract class PyAnySet implements Iterable<Object> {

    PyAnySet() {
        throw new UnsupportedOperationException("TODO(task 5): create the set's hash table - see katas/dicts/README.md#task-5");
    }

    /** {@code len(s)}. */
    public int len() {
        throw new UnsupportedOperationException("TODO(task 5): count the elements - see katas/dicts/README.md#task-5");
    }

    /** {@code x in s}. */
    public boolean contains(Object item) {
        throw new UnsupportedOperationException("TODO(task 5): tell whether x is an element - see katas/dicts/README.md#task-5");
    }

    /** {@code iter(s)}: RuntimeError if the set changes size while it is iterated. */
    @Override
    public Iterator<Object> iterator() {
        throw new UnsupportedOperationException("TODO(task 5): iterate the elements - see katas/dicts/README.md#task-5");
    }

    /** {@code s | other}; the result has the type of this set. */
    public PyAnySet or(PyAnySet other) {
        throw new UnsupportedOperationException("TODO(task 5): compute the union - see katas/dicts/README.md#task-5");
    }

    /** {@code s & other}; the result has the type of this set. */
    public PyAnySet and(PyAnySet other) {
        throw new UnsupportedOperationException("TODO(task 5): compute the intersection - see katas/dicts/README.md#task-5");
    }

    /** {@code s - other}; the result has the type of this set. */
    public PyAnySet sub(PyAnySet other) {
        throw new UnsupportedOperationException("TODO(task 5): compute the difference - see katas/dicts/README.md#task-5");
    }

    /** {@code s ^ other}; the result has the type of this set. */
    public PyAnySet xor(PyAnySet other) {
        throw new UnsupportedOperationException("TODO(task 5): compute the symmetric difference - see katas/dicts/README.md#task-5");
    }

    /** {@code s <= other}. */
    public boolean issubset(PyAnySet other) {
        throw new UnsupportedOperationException("TODO(task 5): tell whether every element is in other - see katas/dicts/README.md#task-5");
    }

    /** {@code s >= other}. */
    public boolean issuperset(PyAnySet other) {
        throw new UnsupportedOperationException("TODO(task 5): tell whether every element of other is here - see katas/dicts/README.md#task-5");
    }

    /** {@code s == other}: same elements, whatever the kind of set. */
    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("TODO(task 5): compare the elements - see katas/dicts/README.md#task-5");
    }

    @Override
    public abstract int hashCode();
}
