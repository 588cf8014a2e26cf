package classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.TypeError;

@DisplayName("super() and mixins")
@Tag("task-3")
class SuperSpec {

    /** Each class's hello() logs its name, then calls super(ThisClass, self).hello() unless it is the root. */
    private static PyClass cooperative(String name, List<String> log, boolean callsSuper, PyClass... bases) {
        PyClass[] self = new PyClass[1];
        self[0] = new PyClass(name, bases).define("hello", (PyFunction) args -> {
            log.add(name);
            if (callsSuper) {
                ((PyFunction) new Super(self[0], (Instance) args[0]).getattr("hello")).call();
            }
            return null;
        });
        return self[0];
    }

    @Test
    @DisplayName("in the diamond D(B, C), B's super() goes to C, not to B's parent A")
    void diamondFollowsTheMro() {
        List<String> log = new ArrayList<>();
        PyClass a = cooperative("A", log, false);
        PyClass b = cooperative("B", log, true, a);
        PyClass c = cooperative("C", log, true, a);
        PyClass d = cooperative("D", log, true, b, c);
        ((PyFunction) d.call().getattr("hello")).call();
        assertThat(log).as("D().hello() with cooperative super() calls: follows D.__mro__").containsExactly("D", "B", "C", "A");
    }

    @Test
    @DisplayName("the same class B sends super() to A when the instance is a plain B")
    void dependsOnTheInstance() {
        List<String> log = new ArrayList<>();
        PyClass a = cooperative("A", log, false);
        PyClass b = cooperative("B", log, true, a);
        cooperative("C", log, true, a);
        ((PyFunction) b.call().getattr("hello")).call();
        assertThat(log).as("B().hello(): type(self).__mro__ is B, A, object").containsExactly("B", "A");
    }

    @Test
    @DisplayName("the notes' N(L, M) example prints N L M Base")
    void notesExample() {
        List<String> log = new ArrayList<>();
        PyClass base = cooperative("Base", log, false);
        PyClass n = cooperative("N", log, true, cooperative("L", log, true, base), cooperative("M", log, true, base));
        ((PyFunction) n.call().getattr("hello")).call();
        assertThat(log).as("N().hello()").containsExactly("N", "L", "M", "Base");
    }

    @Test
    @DisplayName("single-purpose mixins compose through the MRO, left to right, before the base")
    void mixins() {
        List<String> log = new ArrayList<>();
        PyClass base = cooperative("Handler", log, false);
        PyClass logging = cooperative("LoggingMixin", log, true);
        PyClass timing = cooperative("TimingMixin", log, true);
        PyClass handler = new PyClass("Handler2", logging, timing, base);
        // The mixins' super() calls skip object (which has no hello) because Handler comes before it.
        ((PyFunction) handler.call().getattr("hello")).call();
        assertThat(log).as("Handler2(LoggingMixin, TimingMixin, Handler)().hello()")
                .containsExactly("LoggingMixin", "TimingMixin", "Handler");
    }

    @Test
    @DisplayName("super() binds what it finds to the original instance")
    void bindsSelf() {
        PyClass a = new PyClass("A").define("who", (PyFunction) args -> args[0]);
        PyClass b = new PyClass("B", a).define("who", (PyFunction) args -> "B");
        Instance obj = b.call();
        assertThat(((PyFunction) new Super(b, obj).getattr("who")).call()).as("super(B, obj).who()").isSameAs(obj);
    }

    @Test
    @DisplayName("raises AttributeError when nothing after the class defines the name")
    void nothingFurther() {
        PyClass a = new PyClass("A").define("only", 1);
        assertThatThrownBy(() -> new Super(a, a.call()).getattr("only"), "super(A, A()).only")
                .isInstanceOf(AttributeError.class).hasMessage("'super' object has no attribute 'only'");
    }

    @Test
    @DisplayName("refuses an object that is not an instance of the class")
    void wrongInstance() {
        PyClass a = new PyClass("A");
        PyClass other = new PyClass("Other");
        assertThatThrownBy(() -> new Super(a, other.call()), "super(A, Other())")
                .isInstanceOf(TypeError.class).hasMessage("super(type, obj): obj must be an instance or subtype of type");
    }
}
