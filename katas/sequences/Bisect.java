package sequences;

import java.util.List;
import java.util.function.Function;

/** Python's bisect module: binary search in a list already sorted in ascending order. */
public final class Bisect {
    private Bisect() {
        throw new UnsupportedOperationException("TODO(task 4): Bisect only has static functions - see katas/sequences/README.md#task-4");
    }

    /** {@code bisect_left(a, x)}. */
    public static <T extends Comparable<? super T>> int bisectLeft(List<? extends T> a, T x) {
        throw new UnsupportedOperationException("TODO(task 4): find where x goes, before any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code bisect_left(a, x, lo, hi)}; hi null means None. */
    public static <T extends Comparable<? super T>> int bisectLeft(List<? extends T> a, T x, int lo, Integer hi) {
        throw new UnsupportedOperationException("TODO(task 4): find where x goes within a[lo:hi], before any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code bisect_left(a, x, lo, hi, key=key)}. */
    public static <T, K extends Comparable<? super K>> int bisectLeft(
            List<? extends T> a, K x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        throw new UnsupportedOperationException("TODO(task 4): find where x goes within a[lo:hi] by key, before any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code bisect_right(a, x)}. */
    public static <T extends Comparable<? super T>> int bisectRight(List<? extends T> a, T x) {
        throw new UnsupportedOperationException("TODO(task 4): find where x goes, after any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code bisect_right(a, x, lo, hi)}; hi null means None. */
    public static <T extends Comparable<? super T>> int bisectRight(List<? extends T> a, T x, int lo, Integer hi) {
        throw new UnsupportedOperationException("TODO(task 4): find where x goes within a[lo:hi], after any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code bisect_right(a, x, lo, hi, key=key)}. */
    public static <T, K extends Comparable<? super K>> int bisectRight(
            List<? extends T> a, K x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        throw new UnsupportedOperationException("TODO(task 4): find where x goes within a[lo:hi] by key, after any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code insort_left(a, x)}. */
    public static <T extends Comparable<? super T>> void insortLeft(List<T> a, T x) {
        throw new UnsupportedOperationException("TODO(task 4): insert x in order, before any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code insort_left(a, x, lo, hi, key=key)}. */
    public static <T, K extends Comparable<? super K>> void insortLeft(
            List<T> a, T x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        throw new UnsupportedOperationException("TODO(task 4): insert x in order by key, before any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code insort_right(a, x)}. */
    public static <T extends Comparable<? super T>> void insortRight(List<T> a, T x) {
        throw new UnsupportedOperationException("TODO(task 4): insert x in order, after any equal items - see katas/sequences/README.md#task-4");
    }

    /** {@code insort_right(a, x, lo, hi, key=key)}. */
    public static <T, K extends Comparable<? super K>> void insortRight(
            List<T> a, T x, int lo, Integer hi, Function<? super T, ? extends K> key) {
        throw new UnsupportedOperationException("TODO(task 4): insert x in order by key, after any equal items - see katas/sequences/README.md#task-4");
    }
}
