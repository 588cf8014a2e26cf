package sequences;

/** Python's slice object {@code slice(start, stop, step)}; a null field is None. */
public final class PySlice {

    /** {@code slice(start, stop, step)}; any of them may be None (null). */
    public PySlice(Integer start, Integer stop, Integer step) {
        throw new UnsupportedOperationException("TODO(task 2): remember start, stop and step - see katas/sequences/README.md#task-2");
    }

    /** {@code slice(start, stop)}, the step is None. */
    public PySlice(Integer start, Integer stop) {
        throw new UnsupportedOperationException("TODO(task 2): remember start and stop; the step is None - see katas/sequences/README.md#task-2");
    }

    public Integer start() {
        throw new UnsupportedOperationException("TODO(task 2): return start - see katas/sequences/README.md#task-2");
    }

    public Integer stop() {
        throw new UnsupportedOperationException("TODO(task 2): return stop - see katas/sequences/README.md#task-2");
    }

    public Integer step() {
        throw new UnsupportedOperationException("TODO(task 2): return step - see katas/sequences/README.md#task-2");
    }

    /** {@code slice.indices(length)}: {start, stop, step} for a sequence of that length. */
    public int[] indices(int length) {
        throw new UnsupportedOperationException("TODO(task 2): compute slice.indices(length) exactly as CPython does - see katas/sequences/README.md#task-2");
    }
}
