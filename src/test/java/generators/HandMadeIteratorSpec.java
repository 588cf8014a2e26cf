package generators;

import static generators.Drain.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.StopIteration;

@DisplayName("Hand-made iterators: the state lives in fields")
@Tag("task-2")
class HandMadeIteratorSpec {

    @Nested
    @DisplayName("a Countdown")
    class CountdownIterator {
        @Test
        @DisplayName("counts from its start down to 1, then raises StopIteration every time")
        void countsDown() {
            Countdown countdown = new Countdown(3);
            assertThat(drain(countdown)).as("list(Countdown(3))").containsExactly(3, 2, 1);
            assertThatThrownBy(countdown::__next__, "next() on an exhausted countdown").isInstanceOf(StopIteration.class);
        }

        @Test
        @DisplayName("is an iterator: __iter__ returns the countdown itself, so a second loop sees nothing")
        void isItsOwnIterator() {
            Countdown countdown = new Countdown(2);
            assertThat(countdown.__iter__()).as("Countdown(2).__iter__() must be the countdown itself").isSameAs(countdown);
            assertThat(countdown.__next__()).as("next(countdown)").isEqualTo(2);
            assertThat(drain((PyIterator) countdown.__iter__())).as("a loop over it continues where next() stopped").containsExactly(1);
        }

        @Test
        @DisplayName("produces nothing when it starts at 0 or below")
        void emptyCountdown() {
            assertThat(drain(new Countdown(0))).as("list(Countdown(0))").isEmpty();
            assertThat(drain(new Countdown(-3))).as("list(Countdown(-3))").isEmpty();
        }

        @Test
        @DisplayName("countdownIsADescendingRange: list(Countdown(n)) == list(range(n, 0, -1))")
        void countdownIsADescendingRange() {
            qt().forAll(integers().between(-5, 200)).checkAssert(n -> {
                List<Object> expected = new ArrayList<>();
                for (int i = n; i > 0; i--) {
                    expected.add(i);
                }
                assertThat(drain(new Countdown(n))).as("list(Countdown(%d))", n).isEqualTo(expected);
            });
        }
    }

    @Nested
    @DisplayName("a Fibonacci iterable")
    class FibonacciIterable {
        @Test
        @DisplayName("yields 1, 1, 2, 3, 5, ... like the notes' gen_fib(10)")
        void firstTen() {
            assertThat(drain((PyIterator) new Fibonacci(10).__iter__())).as("list(Fibonacci(10))")
                    .containsExactly(1L, 1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L);
        }

        @Test
        @DisplayName("is an iterable, not an iterator: every __iter__ call gives a fresh, independent iterator")
        void freshIterators() {
            Fibonacci fibonacci = new Fibonacci(4);
            Object first = fibonacci.__iter__();
            Object second = fibonacci.__iter__();
            assertThat(first).as("__iter__() must return an iterator (a PyIterator)").isInstanceOf(PyIterator.class);
            assertThat(first).as("two loops over one Fibonacci need two iterators").isNotSameAs(second).isNotSameAs(fibonacci);
            assertThat(((PyIterator) first).__iter__()).as("iter(it) of the iterator itself is the iterator, so a for loop can take it")
                    .isSameAs(first);
            assertThat(((PyIterator) first).__next__()).as("next(first)").isEqualTo(1L);
            assertThat(drain((PyIterator) second)).as("the second iterator starts from the beginning").containsExactly(1L, 1L, 2L, 3L);
            assertThat(drain((PyIterator) first)).as("the first one carries on by itself").containsExactly(1L, 2L, 3L);
        }

        @Test
        @DisplayName("fibonacciFollowsTheRecurrence: each number is the sum of the two before it")
        void fibonacciFollowsTheRecurrence() {
            qt().forAll(integers().between(0, 90)).checkAssert(count -> {
                List<Object> numbers = drain((PyIterator) new Fibonacci(count).__iter__());
                assertThat(numbers).as("list(Fibonacci(%d)) has %d numbers", count, count).hasSize(count);
                for (int i = 2; i < numbers.size(); i++) {
                    assertThat((Long) numbers.get(i)).as("fib[%d] == fib[%d] + fib[%d]", i, i - 1, i - 2)
                            .isEqualTo((Long) numbers.get(i - 1) + (Long) numbers.get(i - 2));
                }
                if (count >= 2) {
                    assertThat(numbers.subList(0, 2)).as("the first two").containsExactly(1L, 1L);
                }
            });
        }
    }

    @Nested
    @DisplayName("Fibonacci.nth, the notes' recursive fib with its bug fixed")
    class Nth {
        @Test
        @DisplayName("gives fib(25) = 121393, not the notes' fib(n-1)+fib(n-1) = 2**24 = 16777216")
        void notTwoToTheN() {
            assertThat(Fibonacci.nth(25)).as("fib(25) with fib(0) = fib(1) = 1 (the notes' base case)").isEqualTo(121393L);
            assertThat(List.of(Fibonacci.nth(0), Fibonacci.nth(1), Fibonacci.nth(2), Fibonacci.nth(3), Fibonacci.nth(4)))
                    .as("fib(0..4)").containsExactly(1L, 1L, 2L, 3L, 5L);
        }

        @Test
        @DisplayName("answers fib(90) at once: no exponential double recursion")
        void linearTime() {
            assertThat(Fibonacci.nth(90)).as("fib(90); naive recursion would need ~10**18 calls").isEqualTo(4660046610375530309L);
        }

        @Test
        @DisplayName("nthAgreesWithTheIterable: Fibonacci.nth(k) is item k of list(Fibonacci(k + 1))")
        void nthAgreesWithTheIterable() {
            qt().forAll(integers().between(0, 85)).checkAssert(k -> {
                List<Object> numbers = drain((PyIterator) new Fibonacci(k + 1).__iter__());
                assertThat(Fibonacci.nth(k)).as("fib(%d)", k).isEqualTo(numbers.get(k));
            });
        }
    }
}
