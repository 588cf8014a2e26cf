package dicts;

/**
 * The arithmetic of CPython's dict table, apart from any one table: how many slots a dict gets,
 * how many of them it may fill, and where a hash probes next.
 */
final class TableGeometry {
    /** How many more bits of the hash join the probe at each step. */
    static final int PERTURB_SHIFT = 5;

    private TableGeometry() {
    }

    /** The next slot to try: CPython mixes in the high bits of the hash, 5 bits at a time. */
    static int nextSlot(int slot, long perturb, int mask) {
        return (int) ((slot * 5L + perturb + 1) & mask);
    }

    /** An insert may reuse a tombstone: only live entries (index >= 0) are skipped. */
    static int firstFreeSlot(int[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) (hash & mask);
        for (long perturb = hash; table[slot] >= 0; ) {
            perturb >>>= PERTURB_SHIFT;
            slot = nextSlot(slot, perturb, mask);
        }
        return slot;
    }

    /** CPython's calculate_log2_keysize: a power of two, at least 8, for the requested minimum. */
    static int sizeFor(long minimum) {
        long bits = ((minimum | 8) - 1) | 7;
        return 1 << (64 - Long.numberOfLeadingZeros(bits));
    }

    /** CPython's estimate_log2_keysize: room for n keys with some to spare, for a merge or fromkeys. */
    static int sizeForMerging(int n) {
        return sizeFor((n * 3L + 1) / 2);
    }

    /** A dict may fill two thirds of its slots before it must grow. */
    static int usableFraction(int size) {
        return (size << 1) / 3;
    }
}
