package dicts;

import java.util.List;

/** {@code frozenset}: immutable and hashable, with a hash that ignores insertion order. */
public final class PyFrozenSet extends PyAnySet {

    /** {@code frozenset(iterable)}. */
    public PyFrozenSet(Iterable<?> items) {
        super(items);
    }

    /** {@code frozenset({a, b, c})}. */
    public static PyFrozenSet of(Object... items) {
        return new PyFrozenSet(List.of(items));
    }

    @Override
    PyAnySet emptyLikeThis() {
        return new PyFrozenSet(List.of());
    }

    /**
     * {@code hash(fs)}, bit for bit CPython's: XOR is order-blind, so the element hashes are
     * scrambled (to keep {a, b} and {c} apart) and then XOR-ed together.
     */
    public long pyHash() {
        long hash = 0;
        for (Object item : this) {
            hash ^= shuffleBits(PyHash.hash(item));
        }
        hash ^= (len() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    @Override
    public String toString() {
        return len() == 0 ? "frozenset()" : "frozenset(" + elementsRepr() + ")";
    }
}
