package objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Functions are first-class objects")
@Tag("task-1")
class FirstClassFunctionsSpec {

    @Test
    @DisplayName("a decorator returns a new function that calls the original once and logs the call")
    void tracedWrapsTheFunction() {
        List<String> log = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Function<Integer, Integer> square = x -> {
            calls.incrementAndGet();
            return x * x;
        };
        Function<Integer, Integer> traced = Decorators.traced("square", square, log);

        assertThat(traced).as("@traced must return a new function object, not the original").isNotSameAs(square);
        assertThat(log).as("decorating alone calls nothing: the def body runs only when the function is called").isEmpty();
        assertThat(traced.apply(7)).as("traced(7) returns what square(7) returns").isEqualTo(49);
        assertThat(calls.get()).as("the wrapper calls the wrapped function exactly once per call").isEqualTo(1);
        assertThat(log).as("the wrapper logs 'name(arg) -> result'").containsExactly("square(7) -> 49");
    }

    @Test
    @DisplayName("functions can be stored in a collection and looked up later, like any other value")
    void functionsLiveInCollections() {
        List<String> log = new ArrayList<>();
        Map<String, Function<Integer, Integer>> table = Map.of(
                "double", Decorators.traced("double", x -> 2 * x, log),
                "negate", Decorators.traced("negate", x -> -x, log));
        assertThat(table.get("negate").apply(table.get("double").apply(5)))
                .as("negate(double(5)) through functions fetched from a dict").isEqualTo(-10);
        assertThat(log).as("each stored function keeps its own name in its closure")
                .containsExactly("double(5) -> 10", "negate(10) -> -10");
    }

    @Test
    @DisplayName("stacked decorators apply bottom-up: @a @b def f means f = a(b(f))")
    void stackAppliesBottomUp() {
        List<String> order = new ArrayList<>();
        UnaryOperator<Function<String, String>> a = fn -> s -> "a(" + fn.apply(s) + ")";
        UnaryOperator<Function<String, String>> b = fn -> {
            order.add("b decorates");
            return s -> "b(" + fn.apply(s) + ")";
        };
        UnaryOperator<Function<String, String>> aLogged = fn -> {
            order.add("a decorates");
            return a.apply(fn);
        };
        Function<String, String> f = Decorators.stack(List.of(aLogged, b), s -> s);

        assertThat(order).as("the decorator nearest the def (the last line) runs first").containsExactly("b decorates", "a decorates");
        assertThat(f.apply("x")).as("@a @b def f: calling f goes through a's wrapper first, which calls b's").isEqualTo("a(b(x))");
    }

    @Test
    @DisplayName("stacking no decorators gives back the function itself")
    void emptyStackIsIdentity() {
        Function<String, String> f = s -> s + "!";
        assertThat(Decorators.stack(List.of(), f)).as("with no @ lines, f is just f").isSameAs(f);
    }

    @Test
    @DisplayName("stacking decorators is the same as applying them one by one, nearest first")
    void stackingIsNestedApplication() {
        qt().forAll(integers().between(0, 6), integers().between(-50, 50)).checkAssert((count, input) -> {
            List<UnaryOperator<Function<Integer, Integer>>> decorators = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int k = i + 2;
                decorators.add(fn -> x -> fn.apply(x) * k + 1);
            }
            Function<Integer, Integer> expected = x -> x;
            for (int i = count - 1; i >= 0; i--) {
                expected = decorators.get(i).apply(expected);
            }
            Function<Integer, Integer> stacked = Decorators.stack(decorators, x -> x);
            assertThat(stacked.apply(input)).as("stack of %d decorators applied to %d", count, input)
                    .isEqualTo(expected.apply(input));
        });
    }
}
