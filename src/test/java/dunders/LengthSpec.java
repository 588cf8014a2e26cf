package dunders;

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
import py.TypeError;
import py.ValueError;

@DisplayName("len() and truth")
@Tag("task-2")
class LengthSpec {

    private static Instance withLen(Object length) {
        return new Instance(new PyClass("Bag").define("__len__", (self, args) -> length));
    }

    @Nested
    @DisplayName("len()")
    class Len {
        @Test
        @DisplayName("calls __len__ on the type")
        void callsDunderLen() {
            assertThat(Length.len(withLen(3))).as("len(Bag()) where __len__ returns 3").isEqualTo(3);
            assertThat(Length.len(withLen(true))).as("len(x) where __len__ returns True: bool is an int").isEqualTo(1);
        }

        @Test
        @DisplayName("ignores a __len__ stored on the instance: implicit calls look at the type only")
        void ignoresInstanceAttribute() {
            Instance bag = withLen(3);
            PyFunction five = (self, args) -> 5;
            bag.setattr("__len__", five);
            assertThat(bag.getattr("__len__")).as("bag.__len__ (explicit access) finds the instance attribute").isSameAs(five);
            assertThat(Length.len(bag)).as("len(bag) still uses type(bag).__len__").isEqualTo(3);
        }

        @Test
        @DisplayName("refuses a negative length with ValueError")
        void negative() {
            assertThatThrownBy(() -> Length.len(withLen(-1)), "__len__ returning -1")
                    .isInstanceOf(ValueError.class).hasMessage("__len__() should return >= 0");
        }

        @Test
        @DisplayName("refuses a non-int length with TypeError")
        void notAnInt() {
            assertThatThrownBy(() -> Length.len(withLen("3")), "__len__ returning '3'")
                    .isInstanceOf(TypeError.class).hasMessage("'str' object cannot be interpreted as an integer");
            assertThatThrownBy(() -> Length.len(withLen(2.0)), "__len__ returning 2.0")
                    .isInstanceOf(TypeError.class).hasMessage("'float' object cannot be interpreted as an integer");
        }

        @Test
        @DisplayName("raises TypeError when the type has no __len__")
        void noLen() {
            assertThatThrownBy(() -> Length.len(new Instance(new PyClass("C"))), "len(C())")
                    .isInstanceOf(TypeError.class).hasMessage("object of type 'C' has no len()");
        }

        @Test
        @DisplayName("returns exactly what a valid __len__ returned")
        void lenIsDunderLen() {
            qt().forAll(integers().between(0, 1_000_000)).checkAssert(n ->
                    assertThat(Length.len(withLen(n))).as("len(x) where __len__ returns %d", n).isEqualTo(n));
        }
    }

    @Nested
    @DisplayName("truth")
    class Truth {
        @Test
        @DisplayName("asks __bool__ first, even when __len__ exists")
        void boolFirst() {
            List<String> calls = new ArrayList<>();
            PyClass both = new PyClass("Both")
                    .define("__bool__", (self, args) -> {
                        calls.add("__bool__");
                        return false;
                    })
                    .define("__len__", (self, args) -> {
                        calls.add("__len__");
                        return 5;
                    });
            assertThat(Length.truth(new Instance(both))).as("bool(x) with __bool__ -> False and __len__ -> 5").isFalse();
            assertThat(calls).as("dunders called by bool(x)").containsExactly("__bool__");
        }

        @Test
        @DisplayName("falls back to __len__ != 0, and to True when there is neither")
        void fallbacks() {
            assertThat(Length.truth(withLen(0))).as("bool(x) with __len__ -> 0").isFalse();
            assertThat(Length.truth(withLen(2))).as("bool(x) with __len__ -> 2").isTrue();
            assertThat(Length.truth(new Instance(new PyClass("Plain")))).as("bool(Plain()): objects are true by default").isTrue();
        }

        @Test
        @DisplayName("requires __bool__ to return a bool, not an int")
        void boolMustReturnBool() {
            Instance one = new Instance(new PyClass("One").define("__bool__", (self, args) -> 1));
            assertThatThrownBy(() -> Length.truth(one), "__bool__ returning 1")
                    .isInstanceOf(TypeError.class).hasMessage("__bool__ should return bool, returned int");
        }

        @Test
        @DisplayName("is false exactly when __len__ returns 0")
        void truthFollowsLength() {
            qt().forAll(integers().between(0, 1000)).checkAssert(n ->
                    assertThat(Length.truth(withLen(n))).as("bool(x) where __len__ returns %d", n).isEqualTo(n != 0));
        }
    }

    @Nested
    @DisplayName("on built-in values")
    class Builtins {
        @Test
        @DisplayName("len() counts the characters of a str and the items of a list; an int has no len()")
        void lenOfBuiltins() {
            assertThat(Length.len("héllo")).as("len('héllo'): characters, not bytes").isEqualTo(5);
            assertThat(Length.len("😀!")).as("len('😀!'): a str counts code points, while Java's String.length() counts 3 chars").isEqualTo(2);
            assertThat(Length.len(List.of(1, 2, 3))).as("len([1, 2, 3])").isEqualTo(3);
            assertThat(Length.len(List.of())).as("len([])").isZero();
            assertThatThrownBy(() -> Length.len(5), "len(5)")
                    .isInstanceOf(TypeError.class).hasMessage("object of type 'int' has no len()");
            assertThatThrownBy(() -> Length.len(null), "len(None)")
                    .isInstanceOf(TypeError.class).hasMessage("object of type 'NoneType' has no len()");
        }

        @Test
        @DisplayName("bool() is False for None, False, zero and empty containers, and True for everything else")
        void truthOfBuiltins() {
            assertThat(Length.truth(null)).as("bool(None)").isFalse();
            assertThat(Length.truth("")).as("bool(''): an empty str is false").isFalse();
            assertThat(Length.truth("0")).as("bool('0'): any non-empty str is true, even '0'").isTrue();
            assertThat(Length.truth(List.of())).as("bool([])").isFalse();
            assertThat(Length.truth(List.of(0))).as("bool([0]): one item, however false it is").isTrue();
            assertThat(Length.truth(0.0)).as("bool(0.0)").isFalse();
            assertThat(Length.truth(-3)).as("bool(-3): every non-zero number is true").isTrue();
            assertThat(Length.truth(NotImplemented.NOT_IMPLEMENTED)).as("bool(NotImplemented): a plain object, so true").isTrue();
        }

        @Test
        @DisplayName("len() and bool() agree with CPython on 23 built-in values")
        void goldenBuiltins() {
            GoldenBuiltins.check("len", args -> Length.len(args[0])).assertNone();
            GoldenBuiltins.check("bool", args -> Length.truth(args[0])).assertNone();
        }
    }

    @Test
    @DisplayName("agrees with CPython on 120 generated classes (which of __bool__/__len__, what they return, inherited or not)")
    void goldenTruth() {
        GoldenClasses.check("truth.json", (run, golden) -> switch (golden.get("op").getAsString()) {
            case "bool" -> Length.truth(run.left);
            default -> Length.len(run.left);
        }).assertNone();
    }
}
