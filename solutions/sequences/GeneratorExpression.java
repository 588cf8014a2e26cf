package sequences;

import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Predicate;
import py.StopIteration;

/**
 * {@code (expression(x) for x in source if condition(x))}: nothing runs until an item is asked
 * for, each item is computed once, and like every generator it can be consumed only once.
 */
public final class GeneratorExpression<T> implements Iterator<T>, Iterable<T> {
    private final Iterator<?> source;
    private final Predicate<Object> condition;
    private final Function<Object, ? extends T> expression;
    private Object pending;
    private boolean found;

    private GeneratorExpression(Iterator<?> source, Predicate<Object> condition, Function<Object, ? extends T> expression) {
        this.source = source;
        this.condition = condition;
        this.expression = expression;
    }

    /** Build the generator. Only iter(source) happens now, as in Python. */
    @SuppressWarnings("unchecked")
    public static <S, T> GeneratorExpression<T> of(
            Iterable<S> source, Predicate<? super S> condition, Function<? super S, ? extends T> expression) {
        return new GeneratorExpression<>(source.iterator(),
                item -> condition.test((S) item), item -> expression.apply((S) item));
    }

    /** Pull source items, testing each, until one passes; the expression is not run yet. */
    @Override
    public boolean hasNext() {
        while (!found && source.hasNext()) {
            Object candidate = source.next();
            if (condition.test(candidate)) {
                pending = candidate;
                found = true;
            }
        }
        return found;
    }

    /** {@code next(gen)}: compute one item; StopIteration once the source is used up. */
    @Override
    public T next() {
        if (!hasNext()) {
            throw new StopIteration();
        }
        found = false;
        Object item = pending;
        pending = null;
        return expression.apply(item);
    }

    /** {@code iter(gen) is gen}: a generator is its own iterator, so a second loop sees nothing. */
    @Override
    public Iterator<T> iterator() {
        return this;
    }
}
