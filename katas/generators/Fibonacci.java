package generators;

/** The first {@code count} Fibonacci numbers 1, 1, 2, 3, 5, ... (as Longs), as an iterable. */
public final class Fibonacci implements PyIterable {

    /** An iterable over the first {@code count} numbers. */
    public Fibonacci(int count) {
        throw new UnsupportedOperationException("TODO(task 2): remember how many numbers to produce - see katas/generators/README.md#task-2");
    }

    /** {@code iter(fibonacci)}: an iterator over the numbers; the iterable can be looped over many times. */
    @Override
    public Object __iter__() {
        throw new UnsupportedOperationException("TODO(task 2): hand out an iterator over the numbers - see katas/generators/README.md#task-2");
    }

    /** The notes' recursive {@code fib(n)} with fib(0) = fib(1) = 1, computed correctly and fast. */
    public static long nth(int n) {
        throw new UnsupportedOperationException("TODO(task 2): compute fib(n) correctly - see katas/generators/README.md#task-2");
    }
}
