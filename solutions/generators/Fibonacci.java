package generators;

import py.StopIteration;
import py.ValueError;

/** The first {@code count} Fibonacci numbers 1, 1, 2, 3, 5, ... as an iterable (not an iterator). */
public final class Fibonacci implements PyIterable {
    private final int count;

    /** An iterable over the first {@code count} numbers. */
    public Fibonacci(int count) {
        this.count = count;
    }

    /** A fresh iterator on every call, so the iterable can be looped over again and again. */
    @Override
    public Object __iter__() {
        return new Numbers(count);
    }

    /** fib(0) = fib(1) = 1 and fib(n) = fib(n-1) + fib(n-2), the notes' base case with the bug fixed. */
    public static long nth(int n) {
        if (n < 0) {
            throw new ValueError("n must be >= 0");
        }
        // Two running values instead of the exponential double recursion.
        long previous = 1;
        long current = 1;
        for (int i = 1; i < n; i++) {
            long next = previous + current;
            previous = current;
            current = next;
        }
        return current;
    }

    /** The iterator: its own position, independent of every other iterator over the same Fibonacci. */
    private static final class Numbers implements PyIterator {
        private final int count;
        private int produced;
        private long a;
        private long b = 1;

        Numbers(int count) {
            this.count = count;
        }

        @Override
        public Object __iter__() {
            return this;
        }

        @Override
        public Object __next__() {
            if (produced >= count) {
                throw new StopIteration();
            }
            long value = b;
            long sum = a + b;
            a = b;
            b = sum;
            produced++;
            return value;
        }
    }
}
