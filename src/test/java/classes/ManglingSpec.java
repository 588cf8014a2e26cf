package classes;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import support.Golden;

@DisplayName("Private name mangling")
@Tag("task-4")
class ManglingSpec {

    @Test
    @DisplayName("__x inside class Foo is stored as _Foo__x")
    void mangles() {
        assertThat(Mangling.mangle("Foo", "__x")).as("__x in class Foo").isEqualTo("_Foo__x");
    }

    @Test
    @DisplayName("leading underscores of the class name are stripped")
    void stripsClassUnderscores() {
        assertThat(Mangling.mangle("__Foo", "__x")).as("__x in class __Foo").isEqualTo("_Foo__x");
        assertThat(Mangling.mangle("_Foo_", "__x")).as("__x in class _Foo_ (only leading ones go)").isEqualTo("_Foo___x");
    }

    @Test
    @DisplayName("dunder names and single-underscore names are not mangled")
    void leavesOthersAlone() {
        assertThat(Mangling.mangle("Foo", "__init__")).as("__init__").isEqualTo("__init__");
        assertThat(Mangling.mangle("Foo", "_x")).as("_x").isEqualTo("_x");
        assertThat(Mangling.mangle("Foo", "__x__")).as("__x__").isEqualTo("__x__");
        assertThat(Mangling.mangle("Foo", "x")).as("x").isEqualTo("x");
    }

    @Test
    @DisplayName("a class named only with underscores mangles nothing")
    void underscoreClass() {
        assertThat(Mangling.mangle("___", "__x")).as("__x in class ___").isEqualTo("__x");
    }

    @Test
    @DisplayName("agrees with the names CPython stored in 300 generated class bodies")
    void agreesWithCPython() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("classes", "mangling.json")) {
            String cls = golden.get("class").getAsString();
            String name = golden.get("name").getAsString();
            String expected = golden.get("mangled").getAsString();
            String actual = Mangling.mangle(cls, name);
            if (!expected.equals(actual)) {
                mismatches.add("class " + cls + ": " + name + " = 1 is stored as " + expected + ", you said " + actual);
            }
        }
        assertThat(mismatches).as("names that differ from CPython 3.11").isEmpty();
    }
}
