package py;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * py.TypeName is given code, the same for every kata: these specs hold it to CPython's
 * {@code type(x).__name__}. Each case names the Python value it stands for; python3 3.11.7 gave the names.
 */
@Tag("given")
@DisplayName("py.TypeName, the given type(x).__name__")
class TypeNameSpec {

    /** One Java stand-in, the Python expression it stands for, and CPython's {@code type(expression).__name__}. */
    private record Case(String python, Object java, String name) {
    }

    private static void assertNames(List<Case> cases) {
        for (Case c : cases) {
            assertThat(TypeName.of(c.java())).as("type(%s).__name__", c.python()).isEqualTo(c.name());
        }
    }

    @Test
    @DisplayName("names None, and True and False as bool although isinstance(True, int) holds")
    void noneAndBool() {
        assertNames(List.of(new Case("None", null, "NoneType"), new Case("True", true, "bool"), new Case("False", false, "bool")));
    }

    @Test
    @DisplayName("names every Java integer type int, however large, and both floating types float")
    void numbers() {
        assertNames(List.of(new Case("0", 0, "int"), new Case("-5", -5L, "int"), new Case("2**62", 1L << 62, "int"),
                new Case("2**100", BigInteger.TWO.pow(100), "int"), new Case("7", (short) 7, "int"), new Case("7", (byte) 7, "int"),
                new Case("2.5", 2.5, "float"), new Case("float('nan')", Double.NaN, "float"),
                new Case("float('inf')", Float.POSITIVE_INFINITY, "float")));
    }

    @Test
    @DisplayName("names any text str: a String, another CharSequence, a char; and any List list, any Map dict")
    void textAndContainers() {
        assertNames(List.of(new Case("'abc'", "abc", "str"), new Case("''", new StringBuilder(), "str"), new Case("'x'", 'x', "str"),
                new Case("[1, 'a']", List.of(1, "a"), "list"), new Case("[]", new ArrayList<>(), "list"),
                new Case("[None]", Arrays.asList((Object) null), "list"), new Case("{'a': 1}", Map.of("a", 1), "dict"),
                new Case("{}", new LinkedHashMap<>(), "dict"), new Case("{1: 2}", new TreeMap<>(Map.of(1, 2)), "dict")));
    }

    @Test
    @DisplayName("names a Python exception by its Python type, AssertionError included")
    void exceptions() {
        assertNames(List.of(new Case("TypeError('x')", new TypeError("x"), "TypeError"),
                new Case("KeyError(1)", new KeyError(1), "KeyError"), new Case("StopIteration()", new StopIteration(), "StopIteration"),
                new Case("AssertionError('x')", new AssertionFailure("x"), "AssertionError")));
    }

    @Test
    @DisplayName("names a class that stands for no Python type by its Java simple name")
    void fallback() {
        record Point(int x, int y) {
        }
        assertThat(TypeName.of(new Point(1, 2))).as("the name of a record Point, which no Python type stands behind").isEqualTo("Point");
    }
}
