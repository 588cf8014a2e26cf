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
        // The wrapper closes over fn, name and log: a function built at run time, like a nested def.
        return arg -> {
            R result = fn.apply(arg);
            log.add(name + "(" + arg + ") -> " + result);
            return result;
        };
    }

    /**
     * Stacked decorator lines: {@code @a @b def f} means {@code f = a(b(f))}, so the decorator nearest
     * the function (the last in the list) is applied first.
     */
    public static <T, R> Function<T, R> stack(List<UnaryOperator<Function<T, R>>> decorators, Function<T, R> fn) {
        Function<T, R> result = fn;
        for (int i = decorators.size() - 1; i >= 0; i--) {
            result = decorators.get(i).apply(result);
        }
        return result;
    }
}
