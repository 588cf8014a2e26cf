package dicts;

import java.util.Iterator;
import java.util.function.Predicate;

/**
 * What set and frozenset share: a hash table of keys (here a {@link PyDict} whose values are
 * unused), membership, and the algebra {@code | & - ^ <= >=}. A result has the type of the left
 * operand, as in Python: {@code frozenset() | set()} is a frozenset.
 */
public abstract class PyAnySet implements Iterable<Object> {
    final PyDict table = new PyDict();

    PyAnySet(Iterable<?> items) {
        for (Object item : items) {
            table.store(item, Boolean.TRUE);
        }
    }

    /** A new empty set of this set's own type. */
    abstract PyAnySet emptyLikeThis();

    /** {@code len(s)}. */
    public int len() {
        return table.len();
    }

    /** {@code x in s}: TypeError for an unhashable x, as in Python, except for a set (see {@link #asKey}). */
    public boolean contains(Object item) {
        return table.contains(asKey(item));
    }

    /**
     * What in, remove and discard look up: a set is unhashable, so CPython retries it as the
     * frozenset of its elements. {@code {1} in {frozenset({1})}} is True and {@code set() in set()} False.
     */
    static Object asKey(Object item) {
        return item instanceof PySet set ? new PyFrozenSet(set) : item;
    }

    /** {@code iter(s)}: RuntimeError {@code Set changed size during iteration} on a size change. */
    @Override
    public Iterator<Object> iterator() {
        return table.keyIterator("Set changed size during iteration", false);
    }

    /** {@code s | other}: the left operand's elements win ties ({@code {1} | {True}} is {@code {1}}). */
    public PyAnySet or(PyAnySet other) {
        PyAnySet result = copyWhere(item -> true);
        for (Object item : other) {
            if (!result.table.contains(item)) {
                result.table.store(item, Boolean.TRUE);
            }
        }
        return result;
    }

    /**
     * {@code s & other}: CPython walks the smaller set (other, when the sizes are equal) and keeps
     * its elements, so {@code {1, 2} & {1.0}} is {@code {1.0}}. The result has the left operand's type.
     */
    public PyAnySet and(PyAnySet other) {
        if (other == this) {
            return copyWhere(item -> true);
        }
        PyAnySet walked = other.len() > len() ? this : other;
        PyAnySet probed = walked == this ? other : this;
        PyAnySet result = emptyLikeThis();
        for (Object item : walked.table.keys()) {
            if (probed.table.contains(item)) {
                result.table.store(item, Boolean.TRUE);
            }
        }
        return result;
    }

    /** {@code s - other}: only s's elements can be left, so they are s's objects. */
    public PyAnySet sub(PyAnySet other) {
        return copyWhere(item -> !other.contains(item));
    }

    /** {@code s ^ other}: in exactly one of the two, each element the object of the set it came from. */
    public PyAnySet xor(PyAnySet other) {
        PyAnySet result = sub(other);
        for (Object item : other) {
            if (!contains(item)) {
                result.table.store(item, Boolean.TRUE);
            }
        }
        return result;
    }

    /** {@code s <= other}. */
    public boolean issubset(PyAnySet other) {
        if (len() > other.len()) {
            return false;
        }
        for (Object item : this) {
            if (!other.contains(item)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s >= other}. */
    public boolean issuperset(PyAnySet other) {
        return other.issubset(this);
    }

    /** {@code s == other}: same elements; a set may equal a frozenset. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PyAnySet set && len() == set.len() && issubset(set);
    }

    @Override
    public abstract int hashCode();

    /** The elements in braces, as Python prints them. */
    String elementsRepr() {
        StringBuilder out = new StringBuilder("{");
        String separator = "";
        for (Object item : table.keys()) {
            out.append(separator).append(py.Repr.of(item));
            separator = ", ";
        }
        return out.append('}').toString();
    }

    private PyAnySet copyWhere(Predicate<Object> keep) {
        PyAnySet result = emptyLikeThis();
        for (Object item : table.keys()) {
            if (keep.test(item)) {
                result.table.store(item, Boolean.TRUE);
            }
        }
        return result;
    }
}
