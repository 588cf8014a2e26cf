package sequences;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code [expression(x) for x in source if condition(x)]}: every item is computed before the list exists. */
public final class ListComprehension {
    private ListComprehension() {
    }

    /** Run the whole comprehension now and return the finished (mutable) list. */
    public static <S, T> List<T> of(
            Iterable<S> source, Predicate<? super S> condition, Function<? super S, ? extends T> expression) {
        List<T> result = new ArrayList<>();
        for (S item : source) {
            if (condition.test(item)) {
                result.add(expression.apply(item));
            }
        }
        return result;
    }
}
