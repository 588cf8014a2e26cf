package objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The bootstrap triangle of type, object and class")
@Tag("task-2")
class BootstrapSpec {

    @Nested
    @DisplayName("type and object")
    class TypeAndObject {
        @Test
        @DisplayName("type(object) is type")
        void objectIsAnInstanceOfType() {
            assertThat(Builtins.object().type()).as("type(object) is type").isSameAs(Builtins.type());
        }

        @Test
        @DisplayName("type(type) is type: type is an instance of itself")
        void typeIsItsOwnType() {
            assertThat(Builtins.type().type()).as("type(type) is type").isSameAs(Builtins.type());
        }

        @Test
        @DisplayName("object.__bases__ == () and type.__bases__ == (object,)")
        void bases() {
            assertThat(Builtins.object().bases()).as("object.__bases__: object is the root, it has no base").isEmpty();
            assertThat(Builtins.type().bases()).as("type.__bases__: type is a class, so it subclasses object")
                    .containsExactly(Builtins.object());
        }

        @Test
        @DisplayName("the classes are named object and type")
        void names() {
            assertThat(List.of(Builtins.object().name(), Builtins.type().name())).as("object.__name__, type.__name__")
                    .containsExactly("object", "type");
        }

        @Test
        @DisplayName("they are built once: asking twice gives the same class object")
        void builtOnce() {
            assertThat(Builtins.type()).as("type is type").isSameAs(Builtins.type());
            assertThat(Builtins.object()).as("object is object").isSameAs(Builtins.object());
        }
    }

    @Nested
    @DisplayName("built-in classes")
    class BuiltinClasses {
        @Test
        @DisplayName("type(int) is type and int.__bases__ == (object,)")
        void intIsAClass() {
            assertThat(Builtins.intType().type()).as("type(int)").isSameAs(Builtins.type());
            assertThat(Builtins.intType().bases()).as("int.__bases__").containsExactly(Builtins.object());
            assertThat(Builtins.intType().name()).as("int.__name__").isEqualTo("int");
        }

        @Test
        @DisplayName("bool.__bases__ == (int,)")
        void boolSubclassesInt() {
            assertThat(Builtins.boolType().bases()).as("bool.__bases__: bool is a subclass of int").containsExactly(Builtins.intType());
            assertThat(Builtins.boolType().type()).as("type(bool)").isSameAs(Builtins.type());
        }
    }
}
