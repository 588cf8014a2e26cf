package sequences;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code [expression(x) for x in source if condition(x)]}. */
public final class ListComprehension {
    private ListComprehension() {
        throw new UnsupportedOperationException("TODO(task 7): ListComprehension only has static functions - see katas/sequences/README.md#task-7");
    }

    /** Evaluate the list comprehension. */
    public static <S, T> List<T> of(
            Iterable<S> source, Predicate<? super S> condition, Function<? super S, ? extends T> expression) {
        throw new UnsupportedOperationException("TODO(task 7): evaluate the list comprehension - see katas/sequences/README.md#task-7");
    }
}
