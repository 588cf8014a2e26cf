package objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.TypeError;

@DisplayName("Calling a type")
@Tag("task-4")
class CallingTypesSpec {

    private static PyType newClass(String name, List<PyType> bases, Map<String, Object> dict) {
        return (PyType) Builtins.type().call(name, bases, dict);
    }

    @Nested
    @DisplayName("type() with one argument")
    class OneArgument {
        @Test
        @DisplayName("returns the type of the object")
        void typeOfAnObject() {
            PyType c = newClass("C", List.of(), Map.of());
            assertThat(Builtins.type().call(c.call())).as("type(C())").isSameAs(c);
            assertThat(Builtins.type().call(c)).as("type(C): a class statement makes an instance of type").isSameAs(Builtins.type());
            assertThat(Builtins.type().call(PyInt.of(3))).as("type(3)").isSameAs(Builtins.intType());
        }

        @Test
        @DisplayName("refuses 0, 2 or 4 arguments with TypeError")
        void wrongArgumentCount() {
            for (Object[] args : List.of(new Object[0], new Object[] {"X", List.of()}, new Object[] {"X", List.of(), Map.of(), 4})) {
                assertThatExceptionOfType(TypeError.class).as("type() called with %d arguments", args.length)
                        .isThrownBy(() -> Builtins.type().call(args))
                        .withMessage("type() takes 1 or 3 arguments");
            }
        }
    }

    @Nested
    @DisplayName("type(name, bases, dict)")
    class ThreeArguments {
        @Test
        @DisplayName("creates a class, just as a class statement would")
        void createsAClass() {
            PyType base = newClass("Base", List.of(), Map.of());
            PyType child = newClass("Child", List.of(base), Map.of("answer", 42));
            assertThat(child.name()).as("Child.__name__").isEqualTo("Child");
            assertThat(child.bases()).as("Child.__bases__").containsExactly(base);
            assertThat(child.dict()).as("Child.__dict__ holds the namespace").containsEntry("answer", 42);
            assertThat(child.type()).as("type(Child)").isSameAs(Builtins.type());
        }

        @Test
        @DisplayName("gives a class without bases the base object, as every Python 3 class has")
        void emptyBasesMeansObject() {
            assertThat(newClass("X", List.of(), Map.of()).bases()).as("type('X', (), {}).__bases__")
                    .containsExactly(Builtins.object());
        }

        @Test
        @DisplayName("returns a class that is a value: it can be stored, passed and called later")
        void classesAreValues() {
            List<PyType> made = List.of(newClass("A", List.of(), Map.of()), newClass("B", List.of(), Map.of()));
            PyObject b = made.get(1).call();
            assertThat(b.type()).as("an instance made from a class fetched from a list").isSameAs(made.get(1));
        }

        @Test
        @DisplayName("checks the name, the bases and the namespace, with type.__new__'s messages")
        void checksItsArguments() {
            assertThatExceptionOfType(TypeError.class).as("type(1, (), {})")
                    .isThrownBy(() -> Builtins.type().call(1, List.of(), Map.of()))
                    .withMessage("type.__new__() argument 1 must be str, not int");
            assertThatExceptionOfType(TypeError.class).as("type('X', 'ab', {})")
                    .isThrownBy(() -> Builtins.type().call("X", "ab", Map.of()))
                    .withMessage("type.__new__() argument 2 must be tuple, not str");
            assertThatExceptionOfType(TypeError.class).as("type('X', (), 'ab')")
                    .isThrownBy(() -> Builtins.type().call("X", List.of(), "ab"))
                    .withMessage("type.__new__() argument 3 must be dict, not str");
            assertThatExceptionOfType(TypeError.class).as("type(None, (), {}): CPython names None itself in argument errors, not NoneType")
                    .isThrownBy(() -> Builtins.type().call(Builtins.none(), List.of(), Map.of()))
                    .withMessage("type.__new__() argument 1 must be str, not None");
            assertThatExceptionOfType(TypeError.class).as("type('X', object(), {}): an instance is named by its class")
                    .isThrownBy(() -> Builtins.type().call("X", Builtins.object().call(), Map.of()))
                    .withMessage("type.__new__() argument 2 must be tuple, not object");
            assertThatExceptionOfType(TypeError.class).as("type(1.5, (), {}): a plain value is named by its Python type, float, not Java's Double")
                    .isThrownBy(() -> Builtins.type().call(1.5, List.of(), Map.of()))
                    .withMessage("type.__new__() argument 1 must be str, not float");
            assertThatExceptionOfType(TypeError.class).as("type('X', (), True): True is named bool, not Java's Boolean")
                    .isThrownBy(() -> Builtins.type().call("X", List.of(), true))
                    .withMessage("type.__new__() argument 3 must be dict, not bool");
        }

        @Test
        @DisplayName("refuses bool and the singleton types as bases, naming them by __name__")
        void unacceptableBases() {
            assertThatExceptionOfType(TypeError.class).as("class X(bool): bool must keep exactly two instances")
                    .isThrownBy(() -> newClass("X", List.of(Builtins.boolType()), Map.of()))
                    .withMessage("type 'bool' is not an acceptable base type");
            assertThatExceptionOfType(TypeError.class).as("class X(type(None))")
                    .isThrownBy(() -> newClass("X", List.of(Builtins.noneType()), Map.of()))
                    .withMessage("type 'NoneType' is not an acceptable base type");
            assertThatExceptionOfType(TypeError.class).as("class X(type(NotImplemented))")
                    .isThrownBy(() -> newClass("X", List.of(Builtins.notImplemented().type()), Map.of()))
                    .withMessage("type 'NotImplementedType' is not an acceptable base type");
            assertThatExceptionOfType(TypeError.class).as("class X(type(...)): the type's __name__ is 'ellipsis'")
                    .isThrownBy(() -> newClass("X", List.of(Builtins.ellipsis().type()), Map.of()))
                    .withMessage("type 'ellipsis' is not an acceptable base type");
        }

        @Test
        @DisplayName("refuses a base that is not a class, with the metaclass conflict message")
        void nonClassBase() {
            assertThatExceptionOfType(TypeError.class)
                    .as("type('X', (1,), {}): the metaclass would be type(1), which is int, not a subclass of type")
                    .isThrownBy(() -> Builtins.type().call("X", List.of(PyInt.of(1)), Map.of()))
                    .withMessage("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            + "subclass of the metaclasses of all its bases");
        }
    }

    @Nested
    @DisplayName("calling other types")
    class OtherTypes {
        @Test
        @DisplayName("a class makes a new, distinct instance on every call")
        void newInstances() {
            PyType c = newClass("C", List.of(), Map.of());
            PyObject first = c.call();
            PyObject second = c.call();
            assertThat(first).as("C() is not C()").isNotSameAs(second);
            assertThat(List.of(first.type(), second.type())).as("type(C()), twice").containsOnly(c);
            assertThat(Builtins.object().call().type()).as("type(object())").isSameAs(Builtins.object());
        }

        @Test
        @DisplayName("an instance has no __bases__ (the notes say obj.__bases__ is object): AttributeError")
        void instanceHasNoBases() {
            PyObject obj = newClass("C", List.of(), Map.of()).call();
            assertThatExceptionOfType(AttributeError.class)
                    .as("C().__bases__: __bases__ is an attribute of classes only")
                    .isThrownBy(obj::bases)
                    .withMessage("'C' object has no attribute '__bases__'");
        }

        @Test
        @DisplayName("a class without __init__ takes no arguments")
        void noArguments() {
            PyType c = newClass("C", List.of(), Map.of());
            assertThatExceptionOfType(TypeError.class).as("C(1)").isThrownBy(() -> c.call(PyInt.of(1)))
                    .withMessage("C() takes no arguments");
            assertThatExceptionOfType(TypeError.class).as("object(1)").isThrownBy(() -> Builtins.object().call(PyInt.of(1)))
                    .withMessage("object() takes no arguments");
        }

        @Test
        @DisplayName("the type of None, NotImplemented or Ellipsis returns the singleton")
        void singletons() {
            for (PyObject singleton : List.of(Builtins.none(), Builtins.notImplemented(), Builtins.ellipsis())) {
                assertThat(singleton.type().call()).as("%s() must hand back the existing singleton, not a new object", singleton.type().name()).isSameAs(singleton);
            }
            assertThat(Builtins.none().type()).as("type(None)").isSameAs(Builtins.noneType());
            assertThat(List.of(Builtins.noneType().name(), Builtins.notImplemented().type().name(), Builtins.ellipsis().type().name()))
                    .as("type(None).__name__, type(NotImplemented).__name__, type(...).__name__: CPython 3.11 prints "
                            + "<class 'ellipsis'> for type(...); EllipsisType is only its name in the types module (and in one error message)")
                    .containsExactly("NoneType", "NotImplementedType", "ellipsis");
        }

        @Test
        @DisplayName("the singleton types refuse arguments, and the type of Ellipsis calls itself EllipsisType when it does")
        void singletonTypesTakeNoArguments() {
            assertThatExceptionOfType(TypeError.class).as("type(None)(1)")
                    .isThrownBy(() -> Builtins.noneType().call(PyInt.of(1))).withMessage("NoneType takes no arguments");
            assertThatExceptionOfType(TypeError.class).as("type(NotImplemented)(1)")
                    .isThrownBy(() -> Builtins.notImplemented().type().call(PyInt.of(1))).withMessage("NotImplementedType takes no arguments");
            assertThatExceptionOfType(TypeError.class).as("type(...)(1): the message says EllipsisType although type(...).__name__ is 'ellipsis'")
                    .isThrownBy(() -> Builtins.ellipsis().type().call(PyInt.of(1))).withMessage("EllipsisType takes no arguments");
        }

        @Test
        @DisplayName("bool() returns one of the two bool singletons and int(True) is a plain int")
        void boolAndInt() {
            assertThat(Builtins.boolType().call()).as("bool() is False").isSameAs(Builtins.bool(false));
            assertThat(Builtins.boolType().call(PyInt.of(5))).as("bool(5) is True").isSameAs(Builtins.bool(true));
            PyInt one = (PyInt) Builtins.intType().call(Builtins.bool(true));
            assertThat(one.type()).as("type(int(True))").isSameAs(Builtins.intType());
            assertThat(one.value()).as("int(True)").isEqualTo(1);
        }
    }
}
