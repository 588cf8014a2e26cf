package sequences;

import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code (expression(x) for x in source if condition(x))}, as lazy as Python's. */
public final class GeneratorExpression<T> implements Iterator<T>, Iterable<T> {

    private GeneratorExpression() {
        throw new UnsupportedOperationException("TODO(task 7): decide what state a generator expression needs - see katas/sequences/README.md#task-7");
    }

    /** Build the generator expression. */
    public static <S, T> GeneratorExpression<T> of(
            Iterable<S> source, Predicate<? super S> condition, Function<? super S, ? extends T> expression) {
        throw new UnsupportedOperationException("TODO(task 7): build a generator expression over source - see katas/sequences/README.md#task-7");
    }

    @Override
    public boolean hasNext() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether another item is coming - see katas/sequences/README.md#task-7");
    }

    /** {@code next(gen)}; py.StopIteration when there is nothing left. */
    @Override
    public T next() {
        throw new UnsupportedOperationException("TODO(task 7): produce the next item - see katas/sequences/README.md#task-7");
    }

    /** {@code iter(gen)}. */
    @Override
    public Iterator<T> iterator() {
        throw new UnsupportedOperationException("TODO(task 7): behave like iter() on a generator - see katas/sequences/README.md#task-7");
    }
}
