package dunders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;

@DisplayName("Equality and hashing")
@Tag("task-5")
class EqualitySpec {

    @Nested
    @DisplayName("== and !=")
    class Comparisons {
        @Test
        @DisplayName("== defaults to identity")
        void identityByDefault() {
            PyClass plain = new PyClass("Plain");
            Instance x = new Instance(plain);
            assertThat(Equality.eq(x, x)).as("x == x for a class without __eq__").isEqualTo(true);
            assertThat(Equality.eq(x, new Instance(plain))).as("Plain() == Plain()").isEqualTo(false);
            assertThat(Equality.ne(x, new Instance(plain))).as("Plain() != Plain()").isEqualTo(true);
        }

        @Test
        @DisplayName("!= inverts __eq__ when the class has no __ne__")
        void neInvertsEq() {
            PyClass always = new PyClass("Always").define("__eq__", (self, args) -> true);
            assertThat(Equality.ne(new Instance(always), new Instance(always))).as("x != y where __eq__ is always True").isEqualTo(false);
        }

        @Test
        @DisplayName("!= does not invert NotImplemented: it falls back to identity")
        void neKeepsNotImplemented() {
            PyClass unsure = new PyClass("Unsure").define("__eq__", (self, args) -> NotImplemented.NOT_IMPLEMENTED);
            Instance x = new Instance(unsure);
            assertThat(Equality.ne(x, new Instance(unsure))).as("x != y with __eq__ -> NotImplemented on both sides").isEqualTo(true);
            assertThat(Equality.ne(x, x)).as("x != x with __eq__ -> NotImplemented").isEqualTo(false);
        }

        @Test
        @DisplayName("tries the reflected __eq__ even for two objects of the same class")
        void reflectedEqForSameType() {
            List<String> calls = new ArrayList<>();
            PyClass picky = new PyClass("Picky").define("__eq__", (self, args) -> {
                calls.add("__eq__");
                return NotImplemented.NOT_IMPLEMENTED;
            });
            assertThat(Equality.eq(new Instance(picky), new Instance(picky))).as("Picky() == Picky()").isEqualTo(false);
            assertThat(calls).as("a.__eq__(b), then b.__eq__(a), then identity").containsExactly("__eq__", "__eq__");
        }

        @Test
        @DisplayName("is reflexive for any class without __eq__, and the two operators always disagree")
        void eqAndNeAreOpposites() {
            qt().forAll(integers().between(0, 3), integers().between(0, 3)).checkAssert((i, j) -> {
                PyClass plain = new PyClass("Plain");
                List<Instance> objects = List.of(new Instance(plain), new Instance(plain), new Instance(plain), new Instance(plain));
                Instance a = objects.get(i);
                Instance b = objects.get(j);
                assertThat(Equality.eq(a, b)).as("objects[%d] == objects[%d] is identity", i, j).isEqualTo(i.equals(j));
                assertThat(Equality.ne(a, b)).as("objects[%d] != objects[%d]", i, j).isEqualTo(!i.equals(j));
            });
        }

        @Test
        @DisplayName("compares two built-in values by value, not by identity")
        void builtinsByValue() {
            String abc = "abc";
            String sameText = new String(abc.toCharArray());
            assertThat(Equality.eq(abc, sameText)).as("'abc' == 'abc' held in two different objects").isEqualTo(true);
            assertThat(Equality.ne(abc, sameText)).as("'abc' != 'abc' held in two different objects").isEqualTo(false);
            assertThat(Equality.eq(new ArrayList<>(List.of(1, 2)), List.of(1, 2))).as("[1, 2] == [1, 2]").isEqualTo(true);
            assertThat(Equality.ne(1000, 1001)).as("1000 != 1001").isEqualTo(true);
        }

        @Test
        @DisplayName("with a built-in on the left, the instance on the right answers through its reflected __eq__")
        void builtinOnTheLeft() {
            PyClass plain = new PyClass("Plain");
            assertThat(Equality.eq(5, new Instance(plain))).as("5 == Plain(): nobody knows, so identity").isEqualTo(false);
            List<String> calls = new ArrayList<>();
            PyClass loose = new PyClass("Loose").define("__eq__", (self, args) -> {
                calls.add("Loose.__eq__(" + args[0] + ")");
                return true;
            });
            assertThat(Equality.eq(5, new Instance(loose))).as("5 == Loose() where Loose.__eq__ is always True").isEqualTo(true);
            assertThat(calls).as("int.__eq__ returns NotImplemented, so Python asks Loose.__eq__(x, 5)").containsExactly("Loose.__eq__(5)");
        }

        @Test
        @DisplayName("agrees with CPython's calls and results on 888 generated comparisons")
        void goldenEquality() {
            GoldenClasses.check("equality.json", (run, golden) -> golden.get("op").getAsString().equals("eq")
                    ? Equality.eq(run.left, run.right) : Equality.ne(run.left, run.right)).assertNone();
        }
    }

    @Nested
    @DisplayName("hash()")
    class Hashing {
        @Test
        @DisplayName("defining __eq__ without __hash__ makes the class unhashable")
        void eqWithoutHash() {
            PyClass c = new PyClass("C").define("__eq__", (self, args) -> true);
            assertThatThrownBy(() -> Equality.hash(new Instance(c)), "hash(C()) where C defines only __eq__")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'C'");
        }

        @Test
        @DisplayName("a subclass of an unhashable class is unhashable too, unless it defines __hash__")
        void inheritedUnhashability() {
            PyClass c = new PyClass("C").define("__eq__", (self, args) -> true);
            assertThatThrownBy(() -> Equality.hash(new Instance(new PyClass("D", c))), "hash(D()) where D(C) adds nothing")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'D'");
            PyClass e = new PyClass("E", c).define("__hash__", (self, args) -> 42);
            assertThat(Equality.hash(new Instance(e))).as("hash(E()) where E(C) defines __hash__").isEqualTo(42);
        }

        @Test
        @DisplayName("a class without __eq__ hashes by identity")
        void identityHash() {
            Instance x = new Instance(new PyClass("Plain"));
            assertThat(Equality.hash(x)).as("hash(x) is stable").isEqualTo(Equality.hash(x));
        }

        @Test
        @DisplayName("distinct objects of a class without __eq__ get hashes derived from their identity")
        void identityHashesDiffer() {
            PyClass plain = new PyClass("Plain");
            Set<Integer> hashes = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                hashes.add(Equality.hash(new Instance(plain)));
            }
            assertThat(hashes).as("hash(Plain()) of 20 live objects: object.__hash__ comes from id(), not a constant").hasSizeGreaterThan(1);
        }

        @Test
        @DisplayName("__hash__ may return any int, a bool included, and a hash of -1 becomes -2")
        void hashResults() {
            assertThat(Equality.hash(new Instance(new PyClass("T").define("__hash__", (self, args) -> true))))
                    .as("hash(x) where __hash__ returns True: bool is an int").isEqualTo(1);
            assertThat(Equality.hash(new Instance(new PyClass("F").define("__hash__", (self, args) -> false))))
                    .as("hash(x) where __hash__ returns False").isEqualTo(0);
            assertThat(Equality.hash(new Instance(new PyClass("L").define("__hash__", (self, args) -> 12L))))
                    .as("hash(x) where __hash__ returns the Java long 12").isEqualTo(12);
            assertThat(Equality.hash(new Instance(new PyClass("M").define("__hash__", (self, args) -> -1))))
                    .as("hash(x) where __hash__ returns -1: -1 signals an error in C, so CPython hands out -2").isEqualTo(-2);
        }

        @Test
        @DisplayName("hashes ints to themselves except -1, bools to 0 and 1, and refuses a list")
        void builtinHashes() {
            assertThat(Equality.hash(-1)).as("hash(-1)").isEqualTo(-2);
            assertThat(Equality.hash(-2)).as("hash(-2), so hash(-1) == hash(-2)").isEqualTo(-2);
            assertThat(Equality.hash(true)).as("hash(True) == hash(1), because True == 1").isEqualTo(1);
            Set<Integer> textHashes = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                textHashes.add(Equality.hash("key" + i));
            }
            assertThat(textHashes).as("hash('key0') ... hash('key19'): a str's hash depends on its text, or every dict would be one long chain")
                    .hasSizeGreaterThan(1);
            assertThatThrownBy(() -> Equality.hash(List.of(1)), "hash([1])")
                    .isInstanceOf(TypeError.class).hasMessage("unhashable type: 'list'");
            GoldenBuiltins.check("hash", args -> Equality.hash(args[0])).assertNone();
        }

        @Test
        @DisplayName("agrees with CPython on 48 generated class pairs")
        void goldenHash() {
            GoldenClasses.check("hash.json", (run, golden) -> Equality.hash(run.left)).assertNone();
        }
    }
}
