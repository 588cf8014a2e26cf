package dunders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;

@DisplayName("Classes that hold dunders")
@Tag("task-1")
class ClassesSpec {
    private final PyFunction hello = (self, args) -> "hello";
    private final PyFunction bye = (self, args) -> "bye";

    @Test
    @DisplayName("lookup finds a method on the class itself before its base")
    void lookupPrefersTheClass() {
        PyClass base = new PyClass("Base").define("greet", hello).define("leave", bye);
        PyClass child = new PyClass("Child", base).define("greet", bye);
        assertThat(child.lookup("greet")).as("Child.greet overrides Base.greet").isSameAs(bye);
        assertThat(child.lookup("leave")).as("Child.leave is inherited from Base").isSameAs(bye);
        assertThat(base.lookup("greet")).as("Base.greet is untouched by the subclass").isSameAs(hello);
    }

    @Test
    @DisplayName("lookup walks the whole base chain and answers null when nobody defines the name")
    void lookupWalksTheChain() {
        PyClass a = new PyClass("A").define("__len__", hello);
        PyClass c = new PyClass("C", new PyClass("B", a));
        assertThat(c.lookup("__len__")).as("C(B(A)) inherits A.__len__ two levels up").isSameAs(hello);
        assertThat(c.lookup("__iter__")).as("nobody defines __iter__").isNull();
    }

    @Test
    @DisplayName("defines looks at the class body only, not at the bases")
    void definesIsLocal() {
        PyClass a = new PyClass("A").define("__eq__", hello);
        PyClass b = new PyClass("B", a);
        assertThat(a.defines("__eq__")).as("A's body defines __eq__").isTrue();
        assertThat(b.defines("__eq__")).as("B inherits __eq__ but does not define it").isFalse();
    }

    @Test
    @DisplayName("isSubclassOf holds for the class itself and every base up the chain")
    void subclass() {
        PyClass a = new PyClass("A");
        PyClass b = new PyClass("B", a);
        PyClass c = new PyClass("C", b);
        assertThat(c.isSubclassOf(a)).as("issubclass(C, A) through B").isTrue();
        assertThat(c.isSubclassOf(c)).as("issubclass(C, C)").isTrue();
        assertThat(a.isSubclassOf(c)).as("issubclass(A, C)").isFalse();
        assertThat(c.base()).as("C.__bases__[0]").isSameAs(b);
        assertThat(c.name()).as("C.__name__").isEqualTo("C");
    }

    @Test
    @DisplayName("explicit attribute access reads the instance dict before the class")
    void instanceAttributesShadow() {
        PyClass cls = new PyClass("A").define("greet", hello);
        Instance obj = new Instance(cls);
        assertThat(obj.getattr("greet")).as("obj.greet comes from the class").isSameAs(hello);
        obj.setattr("greet", "shadowed");
        assertThat(obj.getattr("greet")).as("after obj.greet = 'shadowed', obj.greet reads the instance dict").isEqualTo("shadowed");
        assertThat(obj.type()).as("type(obj)").isSameAs(cls);
    }

    @Test
    @DisplayName("a missing attribute raises AttributeError with Python's message")
    void missingAttribute() {
        Instance obj = new Instance(new PyClass("A"));
        assertThatThrownBy(() -> obj.getattr("nope"), "A().nope")
                .isInstanceOf(AttributeError.class).hasMessage("'A' object has no attribute 'nope'");
    }
}
