package objects;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Functions are values: a decorator takes a function and returns another one. */
public final class Decorators {
    private Decorators() {
    }

    /**
     * Like a Python {@code @traced} decorator: returns a new function that calls {@code fn} once and
     * appends {@code "name(arg) -> result"} to {@code log}.
     */
    public static <T, R> Function<T, R> traced(String name, Function<T, R> fn, List<String> log) {
        throw new UnsupportedOperationException("TODO(task 1): return a new function that logs each call of fn - see katas/objects/README.md#task-1");
    }

    /** Stacked decorator lines: {@code @a @b def f} means the same as Python's stacked decorators on f. */
    public static <T, R> Function<T, R> stack(List<UnaryOperator<Function<T, R>>> decorators, Function<T, R> fn) {
        throw new UnsupportedOperationException("TODO(task 1): apply the decorators in the order Python applies stacked @ lines - see katas/objects/README.md#task-1");
    }
}
