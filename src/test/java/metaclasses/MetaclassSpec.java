package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;

@Tag("task-5")
@DisplayName("metaclasses: the class statement calls the metaclass, and cls() calls the metaclass's __call__")
class MetaclassSpec {
    static final String CONFLICT = "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            + "subclass of the metaclasses of all its bases";

    private final List<String> log = new ArrayList<>();

    /** class Meta(type) whose __new__, __init__ and __call__ log and then do what type's would. */
    private PyType loggingMeta() {
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("__new__", Probes.function("__new__", args -> {
            log.add("Meta.__new__ " + args[1]);
            return MetaNew.typeNew((PyType) args[0], args);
        }));
        namespace.put("__init__", Probes.function("__init__", args -> {
            log.add("Meta.__init__ " + args[1]);
            return null;
        }));
        namespace.put("__call__", Probes.function("__call__", args -> {
            log.add("Meta.__call__ " + ((PyType) args[0]).name());
            return Instantiation.typeCall((PyType) args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
        }));
        return new PyType("Meta", List.of(PyType.TYPE), namespace);
    }

    @Nested
    @DisplayName("the class statement")
    class Statement {
        @Test
        @DisplayName("runs the metaclass's __new__ then __init__ once, when the class is defined, not when it is called")
        void metaRunsAtClassStatement() {
            PyType meta = loggingMeta();
            PyType user = ClassStatement.define("User", List.of(), Map.of(), meta, Map.of());
            assertThat(log).as("class User(metaclass=Meta): pass").containsExactly("Meta.__new__ User", "Meta.__init__ User");
            assertThat(user.type()).as("type(User)").isSameAs(meta);
            log.clear();
            Instantiation.call(user);
            Instantiation.call(user);
            assertThat(log).as("User(); User(): only __call__ runs, once per instantiation")
                    .containsExactly("Meta.__call__ User", "Meta.__call__ User");
        }

        @Test
        @DisplayName("a subclass inherits the metaclass, so its class statement runs Meta again")
        void subclassInheritsMetaclass() {
            PyType meta = loggingMeta();
            PyType user = ClassStatement.define("User", List.of(), Map.of(), meta, Map.of());
            PyType admin = ClassStatement.define("Admin", List.of(user), Map.of(), null, Map.of());
            assertThat(admin.type()).as("type(Admin) where class Admin(User) and type(User) is Meta").isSameAs(meta);
            assertThat(log).as("both class statements").containsExactly(
                    "Meta.__new__ User", "Meta.__init__ User", "Meta.__new__ Admin", "Meta.__init__ Admin");
        }

        @Test
        @DisplayName("type.__new__ calls __set_name__ in namespace order, then the parent's __init_subclass__ with the keywords")
        void setNameThenInitSubclass() {
            Map<String, Object> baseNamespace = Map.of("__init_subclass__", Probes.function("__init_subclass__", args -> {
                log.add("__init_subclass__ " + ((PyType) args[0]).name() + " " + args[1]);
                return null;
            }));
            PyType plugin = ClassStatement.define("Plugin", List.of(), baseNamespace, null, Map.of());
            assertThat(log).as("a class's own __init_subclass__ is for its subclasses, not for itself").isEmpty();
            Map<String, Object> namespace = new LinkedHashMap<>();
            namespace.put("b", (Descriptor.SetName) (owner, name) -> log.add("__set_name__ " + owner.name() + "." + name));
            namespace.put("a", (Descriptor.SetName) (owner, name) -> log.add("__set_name__ " + owner.name() + "." + name));
            ClassStatement.define("Csv", List.of(plugin), namespace, null, Map.of("ext", "csv"));
            assertThat(log).as("class Csv(Plugin, ext='csv'): b = ...; a = ...").containsExactly(
                    "__set_name__ Csv.b", "__set_name__ Csv.a", "__init_subclass__ Csv {ext=csv}");
        }

        @Test
        @DisplayName("keywords with no __init_subclass__ to take them raise \"A.__init_subclass__() takes no keyword arguments\"")
        void keywordsNeedInitSubclass() {
            assertThatExceptionOfType(TypeError.class).as("class A(foo=1): pass")
                    .isThrownBy(() -> ClassStatement.define("A", List.of(), Map.of(), null, Map.of("foo", 1)))
                    .withMessage("A.__init_subclass__() takes no keyword arguments");
        }

        @Test
        @DisplayName("unrelated metaclasses on two bases raise the metaclass conflict TypeError")
        void metaclassConflict() {
            PyType m1 = new PyType("M1", List.of(PyType.TYPE), Map.of());
            PyType m2 = new PyType("M2", List.of(PyType.TYPE), Map.of());
            PyType a = ClassStatement.define("A", List.of(), Map.of(), m1, Map.of());
            PyType b = ClassStatement.define("B", List.of(), Map.of(), m2, Map.of());
            assertThatExceptionOfType(TypeError.class).as("class C(A, B) with type(A) = M1(type), type(B) = M2(type)")
                    .isThrownBy(() -> ClassStatement.define("C", List.of(a, b), Map.of(), null, Map.of()))
                    .withMessage(CONFLICT);
        }

        @Test
        @DisplayName("the metaclass of a later base wins when it derives from the first one's")
        void laterBaseCanWin() {
            PyType m1 = new PyType("M1", List.of(PyType.TYPE), Map.of());
            PyType m2 = new PyType("M2", List.of(m1), Map.of());
            PyType a = ClassStatement.define("A", List.of(), Map.of(), m1, Map.of());
            PyType b = ClassStatement.define("B", List.of(), Map.of(), m2, Map.of());
            assertThat(ClassStatement.define("C", List.of(a, b), Map.of(), null, Map.of()).type())
                    .as("class C(A, B) with type(A) = M1, type(B) = M2(M1)").isSameAs(m2);
        }
    }

    @Nested
    @DisplayName("the metaclass's __init__ runs only if __new__ returned an instance of it, as in type.__call__")
    class InitOnlyOnItsOwnInstances {
        private final PyType meta = new PyType("Meta", List.of(PyType.TYPE), Map.of(
                "__new__", Probes.function("__new__", args -> {
                    log.add("Meta.__new__ " + args[1]);
                    PyType madeBy = (PyType) MetaNew.namespace(args).get("made_by");
                    return MetaNew.typeNew(madeBy, args);
                }),
                "__init__", loggingInit("Meta")));

        private PyFunction loggingInit(String owner) {
            return Probes.function("__init__", args -> {
                log.add(owner + ".__init__ " + args[1]);
                return null;
            });
        }

        /** class C(metaclass=Meta): made_by = madeBy, where Meta.__new__ returns type.__new__(made_by, 'C', ...). */
        private PyType defineMadeBy(PyType madeBy) {
            return ClassStatement.define("C", List.of(), Map.of("made_by", madeBy), meta, Map.of());
        }

        @Test
        @DisplayName("a plain class (an instance of type) gets no Meta.__init__")
        void plainClass() {
            PyType cls = defineMadeBy(PyType.TYPE);
            assertThat(cls.type()).as("type(C) when Meta.__new__ returns type.__new__(type, 'C', ...)").isSameAs(PyType.TYPE);
            assertThat(log).as("class C(metaclass=Meta) whose __new__ returns a plain class: not isinstance(C, Meta)")
                    .containsExactly("Meta.__new__ C");
        }

        @Test
        @DisplayName("a class of an unrelated metaclass gets neither Meta.__init__ nor its own metaclass's __init__")
        void unrelatedMetaclass() {
            PyType other = new PyType("Other", List.of(PyType.TYPE), Map.of("__init__", loggingInit("Other")));
            defineMadeBy(other);
            assertThat(log).as("class C(metaclass=Meta) whose __new__ returns type.__new__(Other, 'C', ...), "
                    + "class Other(type) with its own __init__").containsExactly("Meta.__new__ C");
        }

        @Test
        @DisplayName("a class of a metaclass derived from Meta gets the __init__ found on its own type")
        void derivedMetaclass() {
            PyType subMeta = new PyType("SubMeta", List.of(meta), Map.of("__init__", loggingInit("SubMeta")));
            defineMadeBy(subMeta);
            assertThat(log).as("class C(metaclass=Meta) whose __new__ returns type.__new__(SubMeta, 'C', ...), "
                    + "class SubMeta(Meta) with its own __init__").containsExactly("Meta.__new__ C", "SubMeta.__init__ C");
            log.clear();
            defineMadeBy(new PyType("Heir", List.of(meta), Map.of()));
            assertThat(log).as("the same with class Heir(Meta): pass, which inherits Meta.__init__")
                    .containsExactly("Meta.__new__ C", "Meta.__init__ C");
        }
    }

    @Test
    @DisplayName("calculateMetaclassPicksMostDerived: along one chain of metaclasses, the deepest one in play wins")
    void calculateMetaclassPicksMostDerived() {
        qt().forAll(integers().between(1, 5), lists().of(integers().between(0, 4)).ofSizeBetween(0, 4), integers().between(-1, 4))
                .checkAssert((depth, baseLevels, explicitLevel) -> {
                    List<PyType> chain = new ArrayList<>();
                    PyType parent = PyType.TYPE;
                    for (int level = 0; level < depth; level++) {
                        parent = new PyType("M" + level, List.of(parent), Map.of());
                        chain.add(parent);
                    }
                    List<PyType> bases = new ArrayList<>();
                    int deepest = explicitLevel < 0 ? -1 : Math.min(explicitLevel, depth - 1);
                    for (int level : baseLevels) {
                        int used = Math.min(level, depth - 1);
                        bases.add(new PyType("B" + bases.size(), List.of(), Map.of(), chain.get(used)));
                        deepest = Math.max(deepest, used);
                    }
                    PyType explicit = explicitLevel < 0 ? PyType.TYPE : chain.get(Math.min(explicitLevel, depth - 1));
                    PyType expected = deepest < 0 ? PyType.TYPE : chain.get(deepest);
                    assertThat(ClassStatement.calculateMetaclass(explicit, bases).name())
                            .as("metaclass=%s with base metaclasses %s", explicit.name(),
                                    bases.stream().map(base -> base.type().name()).toList())
                            .isEqualTo(expected.name());
                });
    }
}
