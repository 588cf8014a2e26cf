package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PyObject is given code (src/main/java/metaclasses/): these specs keep it honest, so they pass on
 * the untouched kata too. Attribute lookup, the learner's part, trusts type(), __dict__ and
 * isinstance() as checked here.
 */
@Tag("given")
@DisplayName("PyObject (given code): type(obj), obj.__dict__ and isinstance()")
class PyObjectSpec {
    private static PyType cls(String name, PyType... bases) {
        return new PyType(name, List.of(bases), Map.of());
    }

    @Test
    @DisplayName("knows the class it was made from, and a class's type is its metaclass")
    void typeOf() {
        PyType meta = new PyType("Meta", List.of(PyType.TYPE), Map.of());
        PyType user = new PyType("User", List.of(), Map.of(), meta);
        assertThat(new PyObject(user).type()).as("type(User()) for class User(metaclass=Meta)").isSameAs(user);
        assertThat(user.type()).as("type(User) for class User(metaclass=Meta)").isSameAs(meta);
        assertThat(PyType.OBJECT.type()).as("type(object)").isSameAs(PyType.TYPE);
        assertThat(PyType.TYPE.type()).as("type(type)").isSameAs(PyType.TYPE);
    }

    @Test
    @DisplayName("owns a live __dict__ of its own, which starts empty")
    void dictIsPerInstance() {
        PyType point = cls("Point");
        PyObject p = new PyObject(point);
        PyObject q = new PyObject(point);
        p.dict().put("x", 1);
        assertThat(p.dict()).as("p.__dict__ after p.x = 1").containsExactly(Map.entry("x", 1));
        assertThat(q.dict()).as("q.__dict__: another Point's attributes are not its own").isEmpty();
        assertThat(p.toString()).as("how a Point() is labelled in failure messages").isEqualTo("<Point object>");
    }

    @Test
    @DisplayName("answers isinstance() along the MRO of its class")
    void isInstanceFollowsTheMro() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyType d = cls("D", b, cls("C", a));
        PyObject obj = new PyObject(d);
        assertThat(List.of(obj.isInstanceOf(d), obj.isInstanceOf(b), obj.isInstanceOf(a), obj.isInstanceOf(PyType.OBJECT)))
                .as("isinstance(D(), D), (..., B), (..., A), (..., object) for class B(A), C(A), D(B, C)")
                .containsExactly(true, true, true, true);
        assertThat(new PyObject(a).isInstanceOf(d)).as("isinstance(A(), D)").isFalse();
        assertThat(d.isInstanceOf(PyType.TYPE)).as("isinstance(D, type): a class is an instance of its metaclass").isTrue();
    }
}
