package sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.StopIteration;
import py.TypeError;

@DisplayName("Lazy versus eager: (x for x in ...) and [x for x in ...]")
@Tag("task-7")
class LazinessSpec {

    /** Records every call to the condition and the expression, in order. */
    static final class Log {
        final List<String> events = new ArrayList<>();

        Predicate<Integer> isOdd() {
            return x -> {
                events.add("if " + x);
                return x % 2 == 1;
            };
        }

        Function<Integer, Integer> square() {
            return x -> {
                events.add("square " + x);
                return x * x;
            };
        }
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Nested
    @DisplayName("a generator expression")
    class Lazy {
        @Test
        @DisplayName("runs nothing when it is built")
        void buildingRunsNothing() {
            Log log = new Log();
            GeneratorExpression.of(range(11), log.isOdd(), log.square());
            assertThat(log.events).as("side effects of building (x*x for x in range(11) if x % 2 == 1)").isEmpty();
        }

        @Test
        @DisplayName("takes iter(source) at once, as Python evaluates the outermost iterable immediately")
        void takesTheIteratorAtOnce() {
            int[] iteratorCalls = {0};
            Iterable<Integer> source = () -> {
                iteratorCalls[0]++;
                return range(3).iterator();
            };
            GeneratorExpression<Integer> gen = GeneratorExpression.of(source, x -> true, x -> x);
            assertThat(iteratorCalls[0]).as("iter(source) calls right after building the generator").isEqualTo(1);
            gen.next();
            assertThat(iteratorCalls[0]).as("iter(source) calls after next(gen)").isEqualTo(1);
        }

        @Test
        @DisplayName("does only the work the first item needs")
        void firstItemOnly() {
            Log log = new Log();
            GeneratorExpression<Integer> gen = GeneratorExpression.of(range(11), log.isOdd(), log.square());
            assertThat(gen.next()).as("next(gen)").isEqualTo(1);
            assertThat(log.events).as("work done for the first item: test 0, test 1, square 1, and no further")
                    .containsExactly("if 0", "if 1", "square 1");
        }

        @Test
        @DisplayName("interleaves its work with the consumer's")
        void interleaves() {
            Log log = new Log();
            for (int value : GeneratorExpression.of(range(4), log.isOdd(), log.square())) {
                log.events.add("got " + value);
            }
            assertThat(log.events).as("a for loop over the generator: each item is made just before it is used")
                    .containsExactly("if 0", "if 1", "square 1", "got 1", "if 2", "if 3", "square 3", "got 9");
        }

        @Test
        @DisplayName("can be consumed only once, then raises StopIteration")
        void singleUse() {
            GeneratorExpression<Integer> gen = GeneratorExpression.of(range(11), x -> x % 2 == 1, x -> x);
            List<Integer> first = new ArrayList<>();
            gen.forEach(first::add);
            List<Integer> second = new ArrayList<>();
            gen.forEach(second::add);
            assertThat(first).as("list(odd_gen), the notes' example").containsExactly(1, 3, 5, 7, 9);
            assertThat(second).as("list(odd_gen) a second time: a generator is its own iterator and is now exhausted").isEmpty();
            assertThat(gen.iterator()).as("iter(gen) is gen").isSameAs(gen);
            assertThatThrownBy(gen::next, "next(gen) on an exhausted generator").isInstanceOf(StopIteration.class);
        }

        @Test
        @DisplayName("works on an endless source, taking only what is asked for")
        void endlessSource() {
            Iterable<Integer> naturals = () -> new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Integer next() {
                    return next++;
                }
            };
            GeneratorExpression<Integer> odds = GeneratorExpression.of(naturals, x -> x % 2 == 1, x -> x);
            assertThat(List.of(odds.next(), odds.next(), odds.next())).as("the first three odd numbers of itertools.count()")
                    .containsExactly(1, 3, 5);
        }

        @Test
        @DisplayName("is named 'generator' when + refuses it, and + takes nothing from it")
        void namedGeneratorInMessages() {
            GeneratorExpression<String> gen = GeneratorExpression.of(List.of("a", "b"), x -> true, x -> x);
            assertThatThrownBy(() -> PyList.of(1).add(gen), "[1] + gen, gen = (x for x in 'ab'): type(gen).__name__ is 'generator'")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate list (not \"generator\") to list");
            assertThatThrownBy(() -> PyTuple.of(1).add(gen), "(1,) + gen, gen = (x for x in 'ab')")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate tuple (not \"generator\") to tuple");
            assertThat(gen.next()).as("next(gen) after both refusals: + checks the type and leaves the generator alone").isEqualTo("a");
        }
    }

    @Nested
    @DisplayName("a list comprehension")
    class Eager {
        @Test
        @DisplayName("does all the work before it returns, the notes' odd numbers included")
        void doesEverythingAtOnce() {
            Log log = new Log();
            List<Integer> squares = ListComprehension.of(range(4), log.isOdd(), log.square());
            assertThat(log.events).as("side effects of [x*x for x in range(4) if x % 2 == 1], before anyone reads it")
                    .containsExactly("if 0", "if 1", "square 1", "if 2", "if 3", "square 3");
            assertThat(squares).as("[x*x for x in range(4) if x % 2 == 1]").containsExactly(1, 9);
            assertThat(ListComprehension.of(range(11), x -> x % 2 == 1, x -> x)).as("[i for i in range(11) if i % 2 == 1]")
                    .containsExactly(1, 3, 5, 7, 9);
        }

        @Test
        @DisplayName("can be read as often as you like")
        void readsAgain() {
            List<Integer> odds = ListComprehension.of(range(6), x -> x % 2 == 1, x -> x);
            assertThat(new ArrayList<>(odds)).as("list(odd_list) the first time").containsExactly(1, 3, 5);
            assertThat(new ArrayList<>(odds)).as("list(odd_list) the second time").containsExactly(1, 3, 5);
        }
    }

    @Test
    @DisplayName("law: lazy and eager give the same items, and the lazy one computes exactly the items taken")
    void lazyAndEagerAgree() {
        qt().forAll(lists().of(integers().between(-20, 20)).ofSizeBetween(0, 20), integers().between(2, 4), integers().between(0, 20))
                .checkAssert((items, divisor, wanted) -> {
                    Predicate<Integer> divisible = x -> x % divisor == 0;
                    List<Integer> eager = ListComprehension.of(items, divisible, x -> x * 10);
                    int[] computed = {0};
                    GeneratorExpression<Integer> lazy = GeneratorExpression.of(items, divisible, x -> {
                        computed[0]++;
                        return x * 10;
                    });
                    List<Integer> taken = new ArrayList<>();
                    while (taken.size() < wanted && lazy.hasNext()) {
                        taken.add(lazy.next());
                    }
                    assertThat(taken).as("the first %d items of (x*10 for x in %s if x %% %d == 0)", wanted, items, divisor)
                            .isEqualTo(eager.subList(0, Math.min(wanted, eager.size())));
                    assertThat(computed[0]).as("expression calls after taking %d items", taken.size()).isEqualTo(taken.size());
                });
    }
}
