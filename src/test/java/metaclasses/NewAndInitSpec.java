package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;

@Tag("task-4")
@DisplayName("__new__ creates, __init__ initialises: what type.__call__ does")
class NewAndInitSpec {
    private final List<String> calls = new ArrayList<>();

    private PyFunction init(String label, Object returned) {
        return Probes.function("__init__", args -> {
            calls.add(label + ".__init__");
            ((PyObject) args[0]).dict().put("args", args.length - 1);
            return returned;
        });
    }

    private PyType cls(String name, List<PyType> bases, Object... pairs) {
        Map<String, Object> namespace = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            namespace.put((String) pairs[i], pairs[i + 1]);
        }
        return new PyType(name, bases, namespace);
    }

    @Test
    @DisplayName("__new__ runs before __init__, and both get the call's arguments")
    void newThenInit() {
        PyFunction creator = Probes.function("__new__", args -> {
            calls.add("__new__ with " + (args.length - 1) + " args");
            return Instantiation.objectNew((PyType) args[0]);
        });
        PyType point = cls("Point", List.of(), "__new__", creator, "__init__", init("Point", null));
        Object made = Instantiation.call(point, 3, 4);
        assertThat(calls).as("Point(3, 4)").containsExactly("__new__ with 2 args", "Point.__init__");
        assertThat(((PyObject) made).dict()).as("__init__ received both arguments").containsEntry("args", 2);
    }

    @Test
    @DisplayName("__new__ gets cls and __init__ gets self, each followed by the call's arguments in order")
    void argumentsInOrder() {
        List<Object> seenByNew = new ArrayList<>();
        List<Object> seenByInit = new ArrayList<>();
        PyFunction creator = Probes.function("__new__", args -> {
            seenByNew.addAll(Arrays.asList(args));
            return Instantiation.objectNew((PyType) args[0]);
        });
        PyFunction initializer = Probes.function("__init__", args -> {
            seenByInit.addAll(Arrays.asList(args));
            return null;
        });
        PyType point = cls("Point", List.of(), "__new__", creator, "__init__", initializer);
        Object made = Instantiation.call(point, 3, "y");
        assertThat(seenByNew).as("Point(3, 'y') calls Point.__new__(Point, 3, 'y')").containsExactly(point, 3, "y");
        assertThat(seenByInit).as("then Point.__init__(self, 3, 'y') with the new object as self").containsExactly(made, 3, "y");
    }

    @Nested
    @DisplayName("__init__ runs if and only if isinstance(result, cls)")
    class InitRule {
        @Test
        @DisplayName("skipped when __new__ returns something else (here the int 42)")
        void skippedForForeignResult() {
            PyType odd = cls("Odd", List.of(), "__new__", Probes.function("__new__", args -> 42), "__init__", init("Odd", null));
            assertThat(Instantiation.call(odd)).as("Odd() when __new__ returns 42").isEqualTo(42);
            assertThat(calls).as("__init__ must not run on 42").isEmpty();
        }

        @Test
        @DisplayName("skipped when __new__ returns None (the notes' 'returns nothing' case)")
        void skippedForNone() {
            PyType empty = cls("Empty", List.of(), "__new__", Probes.function("__new__", args -> null), "__init__", init("E", null));
            assertThat(Instantiation.call(empty)).as("Empty() when __new__ returns None").isNull();
            assertThat(calls).as("no __init__ for None").isEmpty();
        }

        @Test
        @DisplayName("runs for an instance of a subclass, and it is the subclass's __init__ that runs")
        void runsForSubclassInstance() {
            Map<String, PyType> made = new LinkedHashMap<>();
            PyType base = cls("Base", List.of(), "__new__",
                    Probes.function("__new__", args -> Instantiation.objectNew(made.get("Child"))),
                    "__init__", init("Base", null));
            made.put("Child", cls("Child", List.of(base), "__init__", init("Child", null)));
            Object result = Instantiation.call(base);
            assertThat(((PyObject) result).type().name()).as("type(Base()) when Base.__new__ makes a Child").isEqualTo("Child");
            assertThat(calls).as("__init__ is looked up on type(obj), which is Child").containsExactly("Child.__init__");
        }

        @Test
        @DisplayName("skipped for an instance of an unrelated class")
        void skippedForUnrelated() {
            PyType other = cls("Other", List.of(), "__init__", init("Other", null));
            PyType liar = cls("Liar", List.of(), "__new__", Probes.function("__new__", args -> new PyObject(other)),
                    "__init__", init("Liar", null));
            Instantiation.call(liar);
            assertThat(calls).as("neither Liar.__init__ nor Other.__init__ runs").isEmpty();
        }
    }

    @Test
    @DisplayName("an __init__ that returns a value raises \"__init__() should return None, not 'int'\"")
    void initMustReturnNone() {
        PyType bad = cls("Bad", List.of(), "__init__", init("Bad", 1));
        assertThatThrownBy(() -> Instantiation.call(bad), "Bad(), whose __init__ returns 1: CPython raises TypeError")
                .isInstanceOf(TypeError.class)
                .hasMessage("__init__() should return None, not 'int'");
        PyType worse = cls("Worse", List.of(), "__init__", init("Worse", "x"));
        assertThatThrownBy(() -> Instantiation.call(worse), "Worse(), whose __init__ returns 'x': CPython raises TypeError")
                .isInstanceOf(TypeError.class)
                .hasMessage("__init__() should return None, not 'str'");
    }

    @Nested
    @DisplayName("object.__new__ and object.__init__ refuse arguments nobody takes")
    class ExcessArguments {
        @Test
        @DisplayName("NoInit(1) raises \"NoInit() takes no arguments\"")
        void noInitTakesNoArguments() {
            assertThatThrownBy(() -> Instantiation.call(cls("NoInit", List.of()), 1),
                    "NoInit(1), a class with neither __new__ nor __init__: CPython raises TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("NoInit() takes no arguments");
        }

        @Test
        @DisplayName("a __new__ that passes its arguments on to object.__new__ raises the 'exactly one argument' error")
        void objectNewWithArgs() {
            PyType forwards = cls("N2", List.of(), "__new__", Probes.function("__new__", args ->
                    Instantiation.objectNew((PyType) args[0], java.util.Arrays.copyOfRange(args, 1, args.length))));
            assertThatThrownBy(() -> Instantiation.call(forwards, 1),
                    "N2(1), whose __new__ passes the 1 on to object.__new__: CPython raises TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("object.__new__() takes exactly one argument (the type to instantiate)");
        }

        @Test
        @DisplayName("an __init__ that passes its arguments on to object.__init__ raises the 'exactly one argument' error")
        void objectInitWithArgs() {
            PyType forwards = cls("N3", List.of(), "__init__", Probes.function("__init__", args -> {
                Instantiation.objectInit((PyObject) args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
                return null;
            }));
            assertThatThrownBy(() -> Instantiation.call(forwards, 1),
                    "N3(1), whose __init__ passes the 1 on to object.__init__: CPython raises TypeError")
                    .isInstanceOf(TypeError.class)
                    .hasMessage("object.__init__() takes exactly one argument (the instance to initialize)");
        }

        @Test
        @DisplayName("arguments are fine when __init__ is overridden, or when only __new__ is")
        void overriddenHooksTakeArguments() {
            assertThat(Instantiation.call(cls("WithInit", List.of(), "__init__", init("W", null)), 1, 2))
                    .as("WithInit(1, 2)").isInstanceOf(PyObject.class);
            PyType onlyNew = cls("OnlyNew", List.of(), "__new__",
                    Probes.function("__new__", args -> Instantiation.objectNew((PyType) args[0])));
            assertThat(Instantiation.call(onlyNew, 1)).as("OnlyNew(1): object.__init__ accepts what __new__ took")
                    .isInstanceOf(PyObject.class);
        }
    }

    @Test
    @DisplayName("singletonReturnsOneObject: a __new__ that caches its instance makes cls() is cls() for any number of calls")
    void singletonReturnsOneObject() {
        qt().forAll(integers().between(1, 20)).checkAssert(times -> {
            List<String> inits = new ArrayList<>();
            PyType[] holder = new PyType[1];
            PyFunction cached = Probes.function("__new__", args -> {
                PyType self = (PyType) args[0];
                return self.dict().computeIfAbsent("_instance", key -> Instantiation.objectNew(self));
            });
            holder[0] = cls("Config", List.of(), "__new__", cached, "__init__", Probes.function("__init__", args -> {
                inits.add("init");
                return null;
            }));
            Object first = Instantiation.call(holder[0]);
            for (int i = 1; i < times; i++) {
                assertThat(Instantiation.call(holder[0])).as("Config() call %s of %s", i + 1, times).isSameAs(first);
            }
            assertThat(inits).as("__init__ still runs on every Config() call, because the cached object is a Config")
                    .hasSize(times);
        });
    }
}
