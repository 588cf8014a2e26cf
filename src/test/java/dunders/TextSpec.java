package dunders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;

@DisplayName("str() and repr()")
@Tag("task-3")
class TextSpec {

    @Test
    @DisplayName("str() falls back to __repr__ when the class has no __str__")
    void strFallsBackToRepr() {
        Instance point = new Instance(new PyClass("Point").define("__repr__", (self, args) -> "Point(1, 2)"));
        assertThat(Text.str(point)).as("str(p) with only __repr__").isEqualTo("Point(1, 2)");
        assertThat(Text.repr(point)).as("repr(p)").isEqualTo("Point(1, 2)");
    }

    @Test
    @DisplayName("repr() never falls back to __str__")
    void reprIgnoresStr() {
        Instance shy = new Instance(new PyClass("Shy").define("__str__", (self, args) -> "hello"));
        assertThat(Text.str(shy)).as("str(x) with __str__").isEqualTo("hello");
        assertThat(Text.repr(shy)).as("repr(x) with only __str__ is object's default")
                .startsWith("<__main__.Shy object at 0x").endsWith(">");
    }

    @Test
    @DisplayName("a non-string result is a TypeError")
    void mustReturnString() {
        Instance bad = new Instance(new PyClass("Bad").define("__repr__", (self, args) -> 5));
        assertThatThrownBy(() -> Text.repr(bad), "__repr__ returning 5")
                .isInstanceOf(TypeError.class).hasMessage("__repr__ returned non-string (type int)");
        assertThatThrownBy(() -> Text.str(bad), "str(x) falls back to the broken __repr__, and str() blames __str__")
                .isInstanceOf(TypeError.class).hasMessage("__str__ returned non-string (type int)");
        Instance iterating = new Instance(new PyClass("It").define("__repr__", (self, args) -> List.of().iterator()));
        assertThatThrownBy(() -> Text.repr(iterating), "__repr__ returning iter([]), which CPython names list_iterator")
                .isInstanceOf(TypeError.class).hasMessage("__repr__ returned non-string (type list_iterator)");
    }

    @Test
    @DisplayName("a built-in value is its own str, and repr() quotes it the way CPython does")
    void builtins() {
        assertThat(Text.str("it's")).as("str(\"it's\") is the text itself").isEqualTo("it's");
        assertThat(Text.repr("it's")).as("repr(\"it's\"): a ' inside switches to double quotes").isEqualTo("\"it's\"");
        assertThat(Text.str(List.of(1, "b"))).as("str([1, 'b']) shows the items' reprs").isEqualTo("[1, 'b']");
        assertThat(Text.str(null)).as("str(None)").isEqualTo("None");
        GoldenBuiltins.check("str", args -> Text.str(args[0])).assertNone();
        GoldenBuiltins.check("repr", args -> Text.repr(args[0])).assertNone();
    }

    @Test
    @DisplayName("agrees with CPython on every combination of __str__ and __repr__")
    void goldenText() {
        GoldenClasses.check("text.json", (run, golden) -> golden.get("op").getAsString().equals("str")
                ? Text.str(run.left) : Text.repr(run.left)).assertNone();
    }
}
