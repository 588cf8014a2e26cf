package sequences;

import py.ValueError;

/** Python's slice object {@code slice(start, stop, step)}; a null field is None. */
public final class PySlice {
    private final Integer start;
    private final Integer stop;
    private final Integer step;

    /** {@code slice(start, stop, step)}; any of them may be None (null). */
    public PySlice(Integer start, Integer stop, Integer step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {@code slice(start, stop)}, the step is None. */
    public PySlice(Integer start, Integer stop) {
        this(start, stop, null);
    }

    public Integer start() {
        return start;
    }

    public Integer stop() {
        return stop;
    }

    public Integer step() {
        return step;
    }

    /** {@code slice.indices(length)}: {start, stop, step} clamped to a sequence of that length, as range() arguments. */
    public int[] indices(int length) {
        if (length < 0) {
            throw new ValueError("length should not be negative");
        }
        int realStep = step == null ? 1 : step;
        if (realStep == 0) {
            throw new ValueError("slice step cannot be zero");
        }
        boolean backwards = realStep < 0;
        // Walking backwards, the first usable index is len-1 and "before the start" is -1.
        int lower = backwards ? -1 : 0;
        int upper = backwards ? length - 1 : length;
        int realStart = start == null ? (backwards ? upper : lower) : clamp(start, length, lower, upper);
        int realStop = stop == null ? (backwards ? lower : upper) : clamp(stop, length, lower, upper);
        return new int[] {realStart, realStop, realStep};
    }

    /** {@code len(range(*indices))}: how many items a slice with these indices selects. */
    static int length(int[] indices) {
        int start = indices[0];
        int stop = indices[1];
        int step = indices[2];
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        long distance = step > 0 ? (long) stop - start - 1 : (long) start - stop - 1;
        return (int) (distance / Math.abs((long) step) + 1);
    }

    private static int clamp(int index, int length, int lower, int upper) {
        long position = index < 0 ? (long) index + length : index;
        return (int) Math.max(lower, Math.min(upper, position));
    }
}
