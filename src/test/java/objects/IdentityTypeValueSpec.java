package objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;

@DisplayName("Identity, type and value")
@Tag("task-3")
class IdentityTypeValueSpec {

    @Nested
    @DisplayName("id()")
    class Identity {
        @Test
        @DisplayName("is stable for the life of an object")
        void stable() {
            PyObject obj = PyInt.of(12345);
            long first = obj.id();
            assertThat(obj.id()).as("id(x) asked twice").isEqualTo(first);
        }

        @Test
        @DisplayName("is unique among 200,000 live objects (a hash code is not an identity)")
        void uniqueAmongLiveObjects() {
            List<PyObject> alive = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            List<Long> clashes = new ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                PyObject obj = PyInt.of(i);
                alive.add(obj);
                if (!ids.add(obj.id())) {
                    clashes.add(obj.id());
                }
            }
            assertThat(clashes).as("ids shared by two of %d live objects (identityHashCode collides; a counter does not)",
                    alive.size()).isEmpty();
        }
    }

    @Nested
    @DisplayName("an int")
    class NotAClass {
        @Test
        @DisplayName("has no __bases__, while its class does: AttributeError")
        void intHasNoBases() {
            assertThatExceptionOfType(AttributeError.class)
                    .as("(1).__bases__: __bases__ is an attribute of classes only")
                    .isThrownBy(() -> PyInt.of(1).bases())
                    .withMessage("'int' object has no attribute '__bases__'");
            assertThatExceptionOfType(AttributeError.class)
                    .as("True.__bases__: the message names the object's own type")
                    .isThrownBy(() -> Builtins.bool(true).bases())
                    .withMessage("'bool' object has no attribute '__bases__'");
            assertThat(Builtins.intType().bases()).as("int.__bases__").containsExactly(Builtins.object());
        }
    }

    @Nested
    @DisplayName("bool")
    class Bool {
        @Test
        @DisplayName("True + True == 2, and the sum is an int, not a bool")
        void truePlusTrue() {
            PyInt sum = Builtins.bool(true).add(Builtins.bool(true));
            assertThat(sum.value()).as("True + True").isEqualTo(2);
            assertThat(sum.type()).as("type(True + True): bool inherits int.__add__, which returns int").isSameAs(Builtins.intType());
        }

        @Test
        @DisplayName("True and False are the only bools, with values 1 and 0")
        void twoSingletons() {
            assertThat(Builtins.bool(true)).as("True is True").isSameAs(Builtins.bool(true));
            assertThat(Builtins.bool(false)).as("False is False").isSameAs(Builtins.bool(false));
            assertThat(List.of(Builtins.bool(true).value(), Builtins.bool(false).value())).as("int(True), int(False)").containsExactly(1L, 0L);
            assertThat(Builtins.bool(true).type()).as("type(True)").isSameAs(Builtins.boolType());
        }

        @Test
        @DisplayName("an int made with int() has type int")
        void intHasTypeInt() {
            assertThat(PyInt.of(7).type()).as("type(7)").isSameAs(Builtins.intType());
            assertThat(PyInt.of(7).value()).as("the value of 7").isEqualTo(7);
        }

        @Test
        @DisplayName("adding ints or bools gives an int holding the sum")
        void additionOfIntsAndBoolsIsAnInt() {
            qt().forAll(integers().between(-1000, 1000), booleans().all(), integers().between(-1000, 1000), booleans().all())
                    .checkAssert((a, aIsBool, b, bIsBool) -> {
                        PyInt left = aIsBool ? Builtins.bool(a % 2 != 0) : PyInt.of(a);
                        PyInt right = bIsBool ? Builtins.bool(b % 2 != 0) : PyInt.of(b);
                        PyInt sum = left.add(right);
                        assertThat(sum.value()).as("%s + %s", left.value(), right.value()).isEqualTo(left.value() + right.value());
                        assertThat(sum.type()).as("the type of a sum").isSameAs(Builtins.intType());
                    });
        }
    }
}
