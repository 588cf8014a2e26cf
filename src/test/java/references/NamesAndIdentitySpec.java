package references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.NameError;

@Tag("task-1")
@DisplayName("Names are references; is versus ==")
class NamesAndIdentitySpec {

    @Nested
    @DisplayName("a namespace")
    class Names {
        @Test
        @DisplayName("b = a binds a second name to the same object, not a copy")
        void assignmentShares() {
            Namespace ns = new Namespace();
            List<Object> list = new ArrayList<>(List.of(1, 2));
            ns.bind("a", list);
            ns.assign("b", "a");
            assertThat(ns.lookup("b")).as("after b = a, b is a").isSameAs(list);
            assertThat(ns.namesOf(list)).as("names bound to the list").containsExactly("a", "b");
        }

        @Test
        @DisplayName("del a unbinds the name only: b still reaches the object, a raises NameError")
        void delUnbinds() {
            Namespace ns = new Namespace();
            Object obj = new Object();
            ns.bind("a", obj);
            ns.assign("b", "a");
            ns.del("a");
            assertThat(ns.lookup("b")).as("print(b) after del a").isSameAs(obj);
            assertThatThrownBy(() -> ns.lookup("a"), "print(a) after del a: CPython raises NameError")
                    .isInstanceOf(NameError.class).hasMessage("name 'a' is not defined");
            assertThatThrownBy(() -> ns.del("a"), "del a, twice").isInstanceOf(NameError.class).hasMessage("name 'a' is not defined");
            assertThat(ns.namesOf(obj)).as("names bound to the object after del a").containsExactly("b");
        }

        @Test
        @DisplayName("a name can be bound to None")
        void boundToNone() {
            Namespace ns = new Namespace();
            ns.bind("nothing", null);
            assertThat(ns.lookup("nothing")).as("nothing = None; nothing").isNull();
        }
    }

    /** A class that overrides __eq__: every instance equals every other. */
    static final class AlwaysEqual {
        @Override
        public boolean equals(Object other) {
            return other instanceof AlwaysEqual;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @Nested
    @DisplayName("is and ==")
    class IsVersusEq {
        @Test
        @DisplayName("two equal lists are == but not is")
        void equalLists() {
            List<Integer> a = new ArrayList<>(List.of(1, 2));
            List<Integer> b = new ArrayList<>(List.of(1, 2));
            assertThat(Identity.eq(a, b)).as("[1, 2] == [1, 2]").isTrue();
            assertThat(Identity.is(a, b)).as("[1, 2] is [1, 2] (two list displays, two objects)").isFalse();
            assertThat(Identity.is(a, a)).as("a is a").isTrue();
        }

        @Test
        @DisplayName("== calls the objects' __eq__ (equals), is never does")
        void eqCanBeOverridden() {
            assertThat(Identity.eq(new AlwaysEqual(), new AlwaysEqual())).as("X() == X() when __eq__ always says yes").isTrue();
            assertThat(Identity.is(new AlwaysEqual(), new AlwaysEqual())).as("X() is X()").isFalse();
            assertThat(Identity.eq(null, null)).as("None == None").isTrue();
            assertThat(Identity.eq(null, new AlwaysEqual())).as("None == X()").isFalse();
        }

        @Test
        @DisplayName("the JVM mirror: Integer.valueOf caches -128..127, so 127 is 127 but 128 is not 128")
        void javaIntegerCache() {
            assertThat(Identity.is(Integer.valueOf(127), Integer.valueOf(127))).as("Integer.valueOf(127) == Integer.valueOf(127)").isTrue();
            assertThat(Identity.is(Integer.valueOf(128), Integer.valueOf(128)))
                    .as("Integer.valueOf(128) == Integer.valueOf(128): outside the default IntegerCache, two boxes").isFalse();
            assertThat(Identity.eq(Integer.valueOf(128), Integer.valueOf(128))).as("Integer.valueOf(128).equals(Integer.valueOf(128))").isTrue();
        }
    }

    @Nested
    @DisplayName("CPython's small-int cache")
    class SmallInts {
        @Test
        @DisplayName("int('256') is int('256'), but not for 257 or -6: an implementation detail, not interning")
        void boundaries() {
            assertThat(Identity.is(PyInt.parse("256"), PyInt.parse("256"))).as("int('256') is int('256')").isTrue();
            assertThat(Identity.is(PyInt.parse("-5"), PyInt.parse("-5"))).as("int('-5') is int('-5')").isTrue();
            assertThat(Identity.is(PyInt.parse("257"), PyInt.parse("257"))).as("int('257') is int('257')").isFalse();
            assertThat(Identity.is(PyInt.parse("-6"), PyInt.parse("-6"))).as("int('-6') is int('-6')").isFalse();
            assertThat(Identity.eq(PyInt.parse("257"), PyInt.parse("257"))).as("int('257') == int('257')").isTrue();
            assertThat(Identity.eq(PyInt.parse("257"), PyInt.parse("258"))).as("int('257') == int('258')").isFalse();
            assertThat(PyInt.parse("42").value()).as("int('42')").isEqualTo(42L);
            assertThat(PyInt.of(1000)).as("repr").hasToString("1000");
        }

        @Test
        @DisplayName("cachedExactlyFromMinus5To256: every int in the range is one shared object, every other is fresh")
        void cachedExactlyFromMinus5To256() {
            qt().withExamples(400).forAll(integers().between(-300, 600)).checkAssert(n -> {
                boolean cached = n >= -5 && n <= 256;
                assertThat(Identity.is(PyInt.of(n), PyInt.parse(Integer.toString(n))))
                        .as("int(%d) is int('%d'): CPython shares only -5..256", n, n).isEqualTo(cached);
                assertThat(Identity.eq(PyInt.of(n), PyInt.parse(Integer.toString(n)))).as("int(%d) == int('%d')", n, n).isTrue();
            });
            qt().withExamples(200).forAll(longs().all()).checkAssert(n ->
                    assertThat(PyInt.of(n).value()).as("int(%d).value()", n).isEqualTo(n));
        }
    }
}
