package dunders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;

@DisplayName("Binary + with __add__ and __radd__")
@Tag("task-4")
class AdditionSpec {
    private static final Object NI = NotImplemented.NOT_IMPLEMENTED;

    /** Money(amount): + works with Money and with plain ints (so that sum() can start at 0). */
    private static final PyClass MONEY = new PyClass("Money")
            .define("__add__", (self, args) -> plus(self, args[0]))
            .define("__radd__", (self, args) -> plus(self, args[0]));

    private static Object plus(Instance self, Object other) {
        int mine = (Integer) self.getattr("amount");
        if (other instanceof Integer number) {
            return money(mine + number);
        }
        if (other instanceof Instance instance && instance.type().isSubclassOf(MONEY)) {
            return money(mine + (Integer) instance.getattr("amount"));
        }
        return NI;
    }

    private static Instance money(int amount) {
        Instance money = new Instance(MONEY);
        money.setattr("amount", amount);
        return money;
    }

    @Nested
    @DisplayName("a + b")
    class Examples {
        @Test
        @DisplayName("calls a.__add__(b) first")
        void addFirst() {
            Object sum = Arithmetic.add(money(2), money(3));
            assertThat(((Instance) sum).getattr("amount")).as("Money(2) + Money(3)").isEqualTo(5);
        }

        @Test
        @DisplayName("falls back to b.__radd__(a) when the left side is a built-in that does not know b")
        void raddFallback() {
            Object sum = Arithmetic.add(0, money(7));
            assertThat(((Instance) sum).getattr("amount")).as("0 + Money(7): int.__add__ gives up, Money.__radd__ answers").isEqualTo(7);
        }

        @Test
        @DisplayName("falls back to b.__radd__(a) when a.__add__ returns NotImplemented")
        void notImplementedMeansAskTheOtherSide() {
            List<String> calls = new ArrayList<>();
            PyClass a = new PyClass("A").define("__add__", (self, args) -> {
                calls.add("A.__add__");
                return NI;
            });
            PyClass b = new PyClass("B").define("__radd__", (self, args) -> {
                calls.add("B.__radd__");
                return "B.__radd__";
            });
            assertThat(Arithmetic.add(new Instance(a), new Instance(b))).as("A() + B()").isEqualTo("B.__radd__");
            assertThat(calls).as("dunders called by A() + B()").containsExactly("A.__add__", "B.__radd__");
        }

        @Test
        @DisplayName("asks a subclass's overriding __radd__ first, before the parent's __add__")
        void subclassReflectedFirst() {
            List<String> calls = new ArrayList<>();
            PyClass parent = new PyClass("Parent").define("__add__", (self, args) -> {
                calls.add("Parent.__add__");
                return "parent";
            });
            PyClass child = new PyClass("Child", parent).define("__radd__", (self, args) -> {
                calls.add("Child.__radd__");
                return "child";
            });
            assertThat(Arithmetic.add(new Instance(parent), new Instance(child))).as("Parent() + Child()").isEqualTo("child");
            assertThat(calls).as("dunders called by Parent() + Child()").containsExactly("Child.__radd__");
        }

        @Test
        @DisplayName("never asks __radd__ when both operands have the same type")
        void sameTypeNoReflection() {
            List<String> calls = new ArrayList<>();
            PyClass a = new PyClass("A").define("__radd__", (self, args) -> {
                calls.add("A.__radd__");
                return "radd";
            });
            assertThatThrownBy(() -> Arithmetic.add(new Instance(a), new Instance(a)), "A() + A() with only __radd__")
                    .isInstanceOf(TypeError.class).hasMessage("unsupported operand type(s) for +: 'A' and 'A'");
            assertThat(calls).as("A.__radd__ must not be called for A() + A()").isEmpty();
        }

        @Test
        @DisplayName("raises TypeError naming both types when neither side can add")
        void unsupported() {
            assertThatThrownBy(() -> Arithmetic.add(new Instance(new PyClass("A")), new Instance(new PyClass("B"))), "A() + B()")
                    .isInstanceOf(TypeError.class).hasMessage("unsupported operand type(s) for +: 'A' and 'B'");
            assertThatThrownBy(() -> Arithmetic.add(money(1), "x"), "Money(1) + 'x'")
                    .isInstanceOf(TypeError.class).hasMessage("unsupported operand type(s) for +: 'Money' and 'str'");
        }
    }

    @Nested
    @DisplayName("on built-in values")
    class Builtins {
        @Test
        @DisplayName("adds numbers (bool is an int, int + float is a float) and concatenates a str or list with its own kind")
        void builtinAddition() {
            assertThat(Arithmetic.add(1, 2)).as("1 + 2").isEqualTo(3);
            assertThat(Arithmetic.add(1, 2.5)).as("1 + 2.5: int + float is a float").isEqualTo(3.5);
            assertThat(Arithmetic.add(true, 1)).as("True + 1: bool is a subclass of int").isEqualTo(2);
            assertThat(Arithmetic.add("ab", "c")).as("'ab' + 'c'").isEqualTo("abc");
            assertThat(Arithmetic.add(List.of(1), List.of(2, 3))).as("[1] + [2, 3] is a new list").isEqualTo(List.of(1, 2, 3));
        }

        @Test
        @DisplayName("raises TypeError for mixed kinds, and a str or list on the left says it can only concatenate its own kind")
        void builtinMismatch() {
            assertThatThrownBy(() -> Arithmetic.add(1, "a"), "1 + 'a'")
                    .isInstanceOf(TypeError.class).hasMessage("unsupported operand type(s) for +: 'int' and 'str'");
            assertThatThrownBy(() -> Arithmetic.add("a", 1), "'a' + 1")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate str (not \"int\") to str");
            assertThatThrownBy(() -> Arithmetic.add(List.of(), null), "[] + None")
                    .isInstanceOf(TypeError.class).hasMessage("can only concatenate list (not \"NoneType\") to list");
        }

        @Test
        @DisplayName("agrees with CPython on 144 pairs of ints, bools, floats, None, strs and lists")
        void goldenBuiltins() {
            GoldenBuiltins.check("add", args -> Arithmetic.add(args[0], args[1])).assertNone();
        }
    }

    @Test
    @DisplayName("sum() of Money, starting from 0, totals the amounts thanks to __radd__")
    void sumStartsAtZero() {
        qt().forAll(lists().of(integers().between(-1000, 1000)).ofSizeBetween(0, 20)).checkAssert(amounts -> {
            Object total = 0;
            for (int amount : amounts) {
                total = Arithmetic.add(total, money(amount));
            }
            Object expected = amounts.stream().mapToInt(Integer::intValue).sum();
            Object actual = total instanceof Instance money ? money.getattr("amount") : total;
            assertThat(actual).as("sum(Money(x) for x in %s, start=0)", amounts).isEqualTo(expected);
        });
    }

    @Test
    @DisplayName("agrees with CPython's calls and results on 252 generated class pairs")
    void goldenAddition() {
        GoldenClasses.check("add.json", (run, golden) -> Arithmetic.add(run.left, run.right)).assertNone();
    }
}
