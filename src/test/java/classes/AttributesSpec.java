package classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;

@DisplayName("Class and instance attributes, and what methods bind to")
@Tag("task-2")
class AttributesSpec {

    @Nested
    @DisplayName("class variables and instance variables")
    class Variables {
        @Test
        @DisplayName("an instance reads a class variable until it assigns its own, which shadows it")
        void assignmentShadows() {
            PyClass counter = new PyClass("Counter").define("count", 0);
            Instance a = counter.call();
            Instance b = counter.call();
            assertThat(a.getattr("count")).as("a.count read through the class").isEqualTo(0);
            a.setattr("count", 5);
            assertThat(a.getattr("count")).as("a.count after a.count = 5").isEqualTo(5);
            assertThat(b.getattr("count")).as("b.count is still the class variable").isEqualTo(0);
            assertThat(counter.getattr("count")).as("Counter.count is untouched by a.count = 5").isEqualTo(0);
            assertThat(a.dict()).as("a.__dict__").containsOnlyKeys("count");
            assertThat(b.dict()).as("b.__dict__ stays empty").isEmpty();
        }

        @Test
        @DisplayName("a mutable class variable is one object shared by every instance")
        void mutableClassVariableIsShared() {
            PyClass dog = new PyClass("Dog").define("tricks", new ArrayList<String>());
            Instance rex = dog.call();
            Instance fido = dog.call();
            @SuppressWarnings("unchecked")
            List<String> rexTricks = (List<String>) rex.getattr("tricks");
            rexTricks.add("roll over");
            assertThat(fido.getattr("tricks")).as("fido.tricks after rex.tricks.append('roll over')").isEqualTo(List.of("roll over"));
            assertThat(fido.getattr("tricks")).as("both names reach the same list object").isSameAs(rex.getattr("tricks"));
        }

        @Test
        @DisplayName("changing the class variable is seen by every instance that has not shadowed it")
        void classAssignmentIsSeen() {
            PyClass config = new PyClass("Config").define("level", 1);
            Instance c = config.call();
            config.define("level", 2);
            assertThat(c.getattr("level")).as("c.level after Config.level = 2").isEqualTo(2);
        }

        @Test
        @DisplayName("a missing name raises AttributeError, worded for an instance or for a class")
        void missing() {
            PyClass a = new PyClass("A");
            assertThatThrownBy(() -> a.call().getattr("x"), "A().x")
                    .isInstanceOf(AttributeError.class).hasMessage("'A' object has no attribute 'x'");
            assertThatThrownBy(() -> a.getattr("x"), "A.x")
                    .isInstanceOf(AttributeError.class).hasMessage("type object 'A' has no attribute 'x'");
        }

        @Test
        @DisplayName("lookup follows the MRO, so the nearest definition wins")
        void followsMro() {
            PyClass base = new PyClass("Base").define("kind", "base");
            PyClass left = new PyClass("Left", base);
            PyClass right = new PyClass("Right", base).define("kind", "right");
            Instance obj = new PyClass("Both", left, right).call();
            assertThat(obj.getattr("kind")).as("Both(Left, Right).kind: Right comes before Base in the MRO").isEqualTo("right");
        }
    }

    @Nested
    @DisplayName("methods")
    class Methods {
        private final PyClass base = new PyClass("Base")
                .define("instance", (PyFunction) args -> List.of(args))
                .define("klass", new ClassMethod(args -> List.of(args)))
                .define("static", new StaticMethod(args -> List.of(args)));
        private final PyClass sub = new PyClass("Sub", base);

        @Test
        @DisplayName("an instance method called on an instance receives the instance as self")
        void instanceMethodBindsSelf() {
            Instance obj = sub.call();
            assertThat(((PyFunction) obj.getattr("instance")).call(1)).as("obj.instance(1)").isEqualTo(List.of(obj, 1));
        }

        @Test
        @DisplayName("an instance method fetched from the class is a plain function")
        void functionOnClassIsUnbound() {
            Instance obj = sub.call();
            assertThat(((PyFunction) sub.getattr("instance")).call(obj, 1)).as("Sub.instance(obj, 1)").isEqualTo(List.of(obj, 1));
        }

        @Test
        @DisplayName("a classmethod receives the class it was looked up on, even through an instance of a subclass")
        void classMethodBindsTheClass() {
            assertThat(((PyFunction) sub.getattr("klass")).call(1)).as("Sub.klass(1)").isEqualTo(List.of(sub, 1));
            assertThat(((PyFunction) sub.call().getattr("klass")).call(1)).as("Sub().klass(1)").isEqualTo(List.of(sub, 1));
            assertThat(((PyFunction) base.getattr("klass")).call()).as("Base.klass()").isEqualTo(List.of(base));
        }

        @Test
        @DisplayName("a staticmethod receives neither self nor cls")
        void staticMethodBindsNothing() {
            assertThat(((PyFunction) sub.call().getattr("static")).call(1)).as("Sub().static(1)").isEqualTo(List.of(1));
            assertThat(((PyFunction) sub.getattr("static")).call(1)).as("Sub.static(1)").isEqualTo(List.of(1));
        }

        @Test
        @DisplayName("a function stored on the instance itself is not bound")
        void instanceFunctionIsNotBound() {
            Instance obj = sub.call();
            PyFunction echo = args -> List.of(args);
            obj.setattr("instance", echo);
            assertThat(((PyFunction) obj.getattr("instance")).call(1)).as("obj.instance(1) after obj.instance = echo").isEqualTo(List.of(1));
        }

        @Test
        @DisplayName("the instance knows its class, and the class namespace holds what was defined")
        void namespaces() {
            assertThat(sub.call().type()).as("type(Sub())").isSameAs(sub);
            assertThat(base.dict()).as("Base.__dict__").containsOnlyKeys("instance", "klass", "static");
            assertThat(sub.dict()).as("Sub.__dict__ has no inherited names").isEmpty();
        }
    }
}
