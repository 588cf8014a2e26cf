package sequences;

import java.util.List;
import java.util.function.Function;
import py.IndexError;
import py.ValueError;

/** Python's bisect module: binary search in a list already sorted in ascending order. */
public final class Bisect {
    private Bisect() {
    }

    /** {@code bisect_left(a, x)}: the first position where x could go, before any equal items. */
    public static <T extends Comparable<? super T>> int bisectLeft(List<? extends T> a, T x) {
        return bisectLeft(a, x, 0, null, Function.identity());
    }

    /** {@code bisect_left(a, x, lo, hi)}; hi null means len(a). */
    public static <T extends Comparable<? super T>> int bisectLeft(List<? extends T> a, T x, int lo, Integer hi) {
        return bisectLeft(a, x, lo, hi, Function.identity());
    }

    /** {@code bisect_left(a, x, lo, hi, key=key)}: x is compared with key(item); key is NOT applied to x. */
    public static <T, K extends Comparable<? super K>> int bisectLeft(
            List<? extends T> a, K x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        int low = lo;
        int high = upperBound(a, lo, hi);
        while (low < high) {
            int mid = (low + high) >>> 1;
            // Only "<" is used, exactly as CPython: items < x go left of x.
            if (key.apply(item(a, mid)).compareTo(x) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** {@code bisect_right(a, x)} (also {@code bisect.bisect}): the position after any equal items. */
    public static <T extends Comparable<? super T>> int bisectRight(List<? extends T> a, T x) {
        return bisectRight(a, x, 0, null, Function.identity());
    }

    /** {@code bisect_right(a, x, lo, hi)}; hi null means len(a). */
    public static <T extends Comparable<? super T>> int bisectRight(List<? extends T> a, T x, int lo, Integer hi) {
        return bisectRight(a, x, lo, hi, Function.identity());
    }

    /** {@code bisect_right(a, x, lo, hi, key=key)}: x is compared with key(item). */
    public static <T, K extends Comparable<? super K>> int bisectRight(
            List<? extends T> a, K x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        int low = lo;
        int high = upperBound(a, lo, hi);
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (x.compareTo(key.apply(item(a, mid))) < 0) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** {@code insort_left(a, x)}: insert x before any equal items. */
    public static <T extends Comparable<? super T>> void insortLeft(List<T> a, T x) {
        insert(a, bisectLeft(a, x), x);
    }

    /** {@code insort_left(a, x, lo, hi, key=key)}: here key IS applied to x, to find its place. */
    public static <T, K extends Comparable<? super K>> void insortLeft(
            List<T> a, T x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        insert(a, bisectLeft(a, key.apply(x), lo, hi, key), x);
    }

    /** {@code insort_right(a, x)} (also {@code bisect.insort}): insert after equal items, so it is stable. */
    public static <T extends Comparable<? super T>> void insortRight(List<T> a, T x) {
        insert(a, bisectRight(a, x), x);
    }

    /** {@code insort_right(a, x, lo, hi, key=key)}. */
    public static <T, K extends Comparable<? super K>> void insortRight(
            List<T> a, T x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        insert(a, bisectRight(a, key.apply(x), lo, hi, key), x);
    }

    private static int upperBound(List<?> a, int lo, Integer hi) {
        if (lo < 0) {
            throw new ValueError("lo must be non-negative");
        }
        // CPython's C code uses -1 as its "None" marker, so hi=-1 also means len(a).
        // A hi past the end is trusted: it only fails if the search actually reads there.
        return hi == null || hi == -1 ? a.size() : hi;
    }

    /** list.insert(index, x): an index past the end appends. */
    private static <T> void insert(List<T> a, int index, T x) {
        a.add(Math.min(index, a.size()), x);
    }

    private static <T> T item(List<? extends T> a, int index) {
        if (index >= a.size()) {
            throw new IndexError("list index out of range");
        }
        return a.get(index);
    }
}
