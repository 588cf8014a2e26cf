package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import support.Golden;

@Tag("task-2")
@DisplayName("descriptor precedence: obj.x looks in the type's data descriptors, the instance dict, "
        + "non-data descriptors, class attributes, then __getattr__")
class DescriptorPrecedenceSpec {

    private final List<String> log = new ArrayList<>();

    /** class C: x = value; obj = C(); optionally obj.__dict__['x'] = 'inst'. */
    private PyObject instanceWith(String kind, boolean inDict) {
        PyType cls = new PyType("C", List.of(), Probes.slot(kind, "C", log));
        PyObject obj = new PyObject(cls);
        if (inDict) {
            obj.dict().put("x", "inst");
        }
        return obj;
    }

    @Nested
    @DisplayName("reading obj.x")
    class Reading {
        @Test
        @DisplayName("a data descriptor (__get__ + __set__) beats the instance dict")
        void dataDescriptorBeatsInstanceDict() {
            PyObject obj = instanceWith("gs", true);
            assertThat(Attributes.getattr(obj, "x"))
                    .as("C.x defines __get__ and __set__ and obj.__dict__ has 'x': the data descriptor is step 1")
                    .isEqualTo("gs@C.value");
        }

        @Test
        @DisplayName("a descriptor with __get__ and only __delete__ is a data descriptor too")
        void deleteOnlyMakesADataDescriptor() {
            PyObject obj = instanceWith("gd", true);
            assertThat(Attributes.getattr(obj, "x"))
                    .as("__get__ + __delete__ (no __set__) is still a data descriptor, so it beats obj.__dict__['x']")
                    .isEqualTo("gd@C.value");
        }

        @Test
        @DisplayName("the instance dict beats a non-data descriptor (__get__ only)")
        void instanceDictBeatsNonData() {
            PyObject obj = instanceWith("g", true);
            assertThat(Attributes.getattr(obj, "x"))
                    .as("C.x defines only __get__: obj.__dict__['x'] is found first")
                    .isEqualTo("inst");
            assertThat(log).as("the non-data descriptor's __get__ must not even run").isEmpty();
        }

        @Test
        @DisplayName("a non-data descriptor is used when the instance dict lacks the name")
        void nonDataWhenDictLacksName() {
            assertThat(Attributes.getattr(instanceWith("g", false), "x")).as("C.x.__get__(obj, C)").isEqualTo("g@C.value");
        }

        @Test
        @DisplayName("a data descriptor without __get__ gives the instance dict's value, else itself")
        void dataDescriptorWithoutGet() {
            assertThat(Attributes.getattr(instanceWith("sd", true), "x"))
                    .as("__set__ + __delete__ but no __get__: step 1 has nothing to call, so obj.__dict__ wins")
                    .isEqualTo("inst");
            assertThat(Probes.show(Attributes.getattr(instanceWith("sd", false), "x")))
                    .as("with no instance value, the class attribute (the descriptor object) is returned as is")
                    .isEqualTo("<sd@C>");
        }

        @Test
        @DisplayName("finds descriptors on a base class through the MRO")
        void searchesTheMro() {
            PyType base = new PyType("B", List.of(), Probes.slot("gs", "B", log));
            PyObject obj = new PyObject(new PyType("C", List.of(base), Map.of()));
            obj.dict().put("x", "inst");
            assertThat(Attributes.getattr(obj, "x")).as("B.x is a data descriptor and C inherits it").isEqualTo("gs@B.value");
        }

        @Test
        @DisplayName("raises AttributeError \"'C' object has no attribute 'x'\" when nothing matches")
        void missingAttribute() {
            assertThatThrownBy(() -> Attributes.getattr(instanceWith("none", false), "x"),
                    "C().x where neither C nor the instance has x: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("'C' object has no attribute 'x'");
        }

        @Test
        @DisplayName("on the class itself, C.x calls __get__(None, C)")
        void classAccessPassesNoInstance() {
            PyType cls = new PyType("C", List.of(), Map.of("x", (Descriptor.Get) (instance, owner) ->
                    instance == null ? "class access of " + owner.name() : "instance access"));
            assertThat(Attributes.getattr(cls, "x")).as("C.x with a descriptor on C").isEqualTo("class access of C");
            assertThatThrownBy(() -> Attributes.getattr(cls, "y"), "C.y on a class without y: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class)
                    .hasMessage("type object 'C' has no attribute 'y'");
        }
    }

    @Nested
    @DisplayName("reading C.x on a class: the metaclass takes the place of the type")
    class ReadingOnAClass {
        /** A data descriptor (property-like: __get__ and __set__) that names the class it was read from. */
        private static final class KindOf implements Descriptor.Get, Descriptor.Set {
            @Override
            public Object get(PyObject instance, PyType owner) {
                return "kind of " + ((PyType) instance).name();
            }

            @Override
            public void set(PyObject instance, Object value) {
                throw new AssertionError("not assigned in these specs");
            }
        }

        private final PyType meta = new PyType("Meta", List.of(PyType.TYPE),
                Map.of("registry", "Meta.registry", "kind", new KindOf(),
                        "label", (Descriptor.Get) (instance, owner) -> "label of " + ((PyType) instance).name()));

        @Test
        @DisplayName("a data descriptor on the metaclass beats the class's own attribute of the same name")
        void metaclassDataDescriptorFirst() {
            PyType cls = new PyType("C", List.of(), Map.of("kind", "own"), meta);
            assertThat(Attributes.getattr(cls, "kind"))
                    .as("C.kind where type(C) = Meta has a property 'kind' and C.__dict__['kind'] = 'own'")
                    .isEqualTo("kind of C");
        }

        @Test
        @DisplayName("the class's own MRO comes next, then a non-data descriptor or a plain attribute of the metaclass")
        void metaclassAttributesLast() {
            PyType cls = new PyType("C", List.of(), Map.of("label", "own label"), meta);
            assertThat(Attributes.getattr(cls, "label")).as("C.label where C.__dict__ has it and Meta.label is non-data")
                    .isEqualTo("own label");
            PyType bare = new PyType("Bare", List.of(), Map.of(), meta);
            assertThat(Attributes.getattr(bare, "label")).as("Bare.label found only on Meta: __get__(Bare, Meta)")
                    .isEqualTo("label of Bare");
            assertThat(Attributes.getattr(bare, "registry")).as("Bare.registry, a plain attribute of Meta")
                    .isEqualTo("Meta.registry");
        }

        @Test
        @DisplayName("follows the C3 MRO of the class: in a diamond, a sibling comes before the shared base")
        void diamond() {
            PyType a = new PyType("A", List.of(), Map.of("x", "A.x"));
            PyType b = new PyType("B", List.of(a), Map.of());
            PyType c = new PyType("C", List.of(a), Map.of("x", "C.x"));
            PyType d = new PyType("D", List.of(b, c), Map.of());
            assertThat(Attributes.getattr(d, "x")).as("D.x where class D(B, C), B(A), C(A) and only A and C define x: "
                    + "D.__mro__ is D, B, C, A, object").isEqualTo("C.x");
            assertThat(Attributes.getattr(new PyObject(d), "x")).as("D().x, the same search through an instance")
                    .isEqualTo("C.x");
        }
    }

    @Nested
    @DisplayName("assigning and deleting obj.x")
    class Writing {
        @Test
        @DisplayName("assignment goes through __set__ even when the instance dict has the key")
        void setGoesThroughDataDescriptor() {
            PyObject obj = instanceWith("gs", true);
            Attributes.setattr(obj, "x", "new");
            assertThat(log).as("obj.x = 'new' with a data descriptor on C").containsExactly("gs@C.set new");
            assertThat(obj.dict()).as("obj.__dict__ is left alone by a data descriptor's __set__").containsEntry("x", "inst");
        }

        @Test
        @DisplayName("assignment to a __delete__-only descriptor raises AttributeError('__set__')")
        void deleteOnlyRefusesSet() {
            PyObject obj = instanceWith("d", false);
            assertThatThrownBy(() -> Attributes.setattr(obj, "x", 1),
                    "obj.x = 1 where C.x defines only __delete__: CPython raises AttributeError('__set__')")
                    .isInstanceOf(AttributeError.class).hasMessage("__set__");
            assertThat(obj.dict()).as("nothing may be stored when __set__ is missing").isEmpty();
        }

        @Test
        @DisplayName("del on a descriptor without __delete__ raises AttributeError('__delete__')")
        void setOnlyRefusesDelete() {
            assertThatThrownBy(() -> Attributes.delattr(instanceWith("gs", true), "x"),
                    "del obj.x where C.x defines __get__ and __set__ but no __delete__: CPython raises AttributeError('__delete__')")
                    .isInstanceOf(AttributeError.class).hasMessage("__delete__");
        }

        @Test
        @DisplayName("assignment next to a non-data descriptor or plain attribute goes to the instance dict")
        void setShadowsNonData() {
            PyObject obj = instanceWith("g", false);
            Attributes.setattr(obj, "x", 5);
            assertThat(Attributes.getattr(obj, "x")).as("obj.x = 5, then obj.x, with only __get__ on C.x").isEqualTo(5);
        }

        @Test
        @DisplayName("del of a plain class attribute through an instance raises AttributeError")
        void cannotDeleteClassAttributeThroughInstance() {
            assertThatThrownBy(() -> Attributes.delattr(instanceWith("plain", false), "x"),
                    "del obj.x where x is a plain attribute of C, not of obj: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class).hasMessage("'C' object has no attribute 'x'");
        }
    }

    @Nested
    @DisplayName("functions are non-data descriptors")
    class Functions {
        private final PyFunction greet = Probes.function("greet", args -> "hi from " + ((PyObject) args[0]).type().name());
        private final PyType cls = new PyType("Greeter", List.of(), Map.of("greet", greet));

        @Test
        @DisplayName("obj.f binds self: it is a method whose call passes obj first")
        void lookupThroughInstanceBinds() {
            PyObject obj = new PyObject(cls);
            Object method = Attributes.getattr(obj, "greet");
            assertThat(method).as("obj.greet must be a bound method").isInstanceOf(BoundMethod.class);
            BoundMethod bound = (BoundMethod) method;
            assertThat(bound.self()).as("obj.greet.__self__").isSameAs(obj);
            assertThat(bound.function()).as("obj.greet.__func__").isSameAs(greet);
            assertThat(bound.call()).as("obj.greet() calls greet(obj)").isEqualTo("hi from Greeter");
        }

        @Test
        @DisplayName("C.f is the plain function")
        void lookupThroughClassDoesNotBind() {
            assertThat(Attributes.getattr(cls, "greet")).as("Greeter.greet in Python 3 is the function itself").isSameAs(greet);
            assertThat(greet.name()).as("Greeter.greet.__name__").isEqualTo("greet");
        }

        @Test
        @DisplayName("an instance attribute shadows a method")
        void instanceAttributeShadowsMethod() {
            PyObject obj = new PyObject(cls);
            Attributes.setattr(obj, "greet", "shadow");
            assertThat(Attributes.getattr(obj, "greet"))
                    .as("obj.greet = 'shadow' works because a function has no __set__").isEqualTo("shadow");
        }

        @Test
        @DisplayName("a bound method passes self and then the call's arguments")
        void boundMethodPrependsSelf() {
            qt().forAll(integers().between(-1000, 1000), strings().basicLatinAlphabet().ofLengthBetween(0, 5))
                    .checkAssert((number, text) -> {
                        PyFunction echo = Probes.function("echo", args -> List.of(args));
                        PyObject obj = new PyObject(new PyType("E", List.of(), Map.of("echo", echo)));
                        Object called = ((BoundMethod) Attributes.getattr(obj, "echo")).call(number, text);
                        assertThat(called).as("obj.echo(%s, %s)", number, text).isEqualTo(List.of(obj, number, text));
                    });
        }
    }

    @Test
    @DisplayName("instanceDictShadowsExactlyTheNonDataKinds: the instance value wins iff C.x has no __set__ and no __delete__")
    void instanceDictShadowsExactlyTheNonDataKinds() {
        List<String> kinds = List.of("plain", "g", "s", "d", "gs", "gd", "sd", "gsd");
        qt().forAll(integers().between(0, kinds.size() - 1), integers().all()).checkAssert((index, value) -> {
            String kind = kinds.get(index);
            PyObject obj = new PyObject(new PyType("C", List.of(), Probes.slot(kind, "C", log)));
            obj.dict().put("x", value);
            boolean data = kind.contains("s") || kind.contains("d");
            boolean dictWins = !data || !kind.contains("g");
            assertThat(Attributes.getattr(obj, "x"))
                    .as("C.x is a '%s' descriptor, obj.__dict__['x'] = %s", kind, value)
                    .isEqualTo(dictWins ? value : kind + "@C.value");
        });
    }

    @Test
    @DisplayName("agrees with CPython on every placement of x (base, class, instance dict, __getattr__) for get, set and del")
    void goldenMatrix() {
        List<String> mismatches = new ArrayList<>();
        for (JsonObject golden : Golden.cases("metaclasses", "descriptor_matrix.json")) {
            String problem = replay(golden);
            if (problem != null && mismatches.size() < 5) {
                mismatches.add(problem);
            }
        }
        assertThat(mismatches).as("cases where your lookup differs from CPython 3.11 (first 5)").isEmpty();
    }

    /** Runs one fixture case; returns a description of the first difference, or null. */
    private static String replay(JsonObject golden) {
        List<String> log = new ArrayList<>();
        PyType base = new PyType("B", List.of(), Probes.slot(golden.get("base").getAsString(), "B", log));
        Map<String, Object> namespace = new LinkedHashMap<>(Probes.slot(golden.get("cls").getAsString(), "C", log));
        if (golden.get("getattr").getAsBoolean()) {
            namespace.put("__getattr__", Probes.function("__getattr__", args -> {
                log.add("__getattr__ " + args[1]);
                return "getattr:" + args[1];
            }));
        }
        if (golden.get("getattribute").getAsBoolean()) {
            namespace.put("__getattribute__", Probes.function("__getattribute__", args -> {
                log.add("__getattribute__ " + args[1]);
                return Attributes.genericGetattr((PyObject) args[0], (String) args[1]);
            }));
        }
        PyObject obj = new PyObject(new PyType("C", List.of(base), namespace));
        if (golden.get("in_dict").getAsBoolean()) {
            obj.dict().put("x", "inst");
        }
        List<String> script = new ArrayList<>();
        for (JsonElement element : golden.getAsJsonArray("steps")) {
            JsonObject step = element.getAsJsonObject();
            String op = step.get("op").getAsString();
            String outcome = perform(obj, op, step.has("value") ? step.get("value").getAsString() : null);
            script.add(op + " -> " + outcome);
            String expected = step.get("outcome").getAsString();
            Map<String, Object> expectedDict = new LinkedHashMap<>();
            step.getAsJsonObject("dict").entrySet().forEach(e -> expectedDict.put(e.getKey(), e.getValue().getAsString()));
            if (!outcome.equals(expected) || !obj.dict().equals(expectedDict)) {
                return describe(golden) + "\n   steps " + script + "\n   expected " + expected + " with __dict__ "
                        + expectedDict + ", got " + outcome + " with __dict__ " + obj.dict();
            }
        }
        List<String> expectedLog = new ArrayList<>();
        golden.getAsJsonArray("log").forEach(e -> expectedLog.add(e.getAsString()));
        return expectedLog.equals(log) ? null
                : describe(golden) + "\n   steps " + script + "\n   expected calls " + expectedLog + ", got " + log;
    }

    private static String perform(PyObject obj, String op, String value) {
        try {
            switch (op) {
                case "get" -> {
                    return "value " + Probes.show(Attributes.getattr(obj, "x"));
                }
                case "set" -> Attributes.setattr(obj, "x", value);
                default -> Attributes.delattr(obj, "x");
            }
            return "ok";
        } catch (AttributeError error) {
            return "AttributeError: " + error.getMessage();
        }
    }

    private static String describe(JsonObject golden) {
        return "\n - class B: x = <" + golden.get("base").getAsString() + ">; class C(B): x = <"
                + golden.get("cls").getAsString() + ">" + (golden.get("getattr").getAsBoolean() ? " + __getattr__" : "")
                + (golden.get("getattribute").getAsBoolean() ? " + logging __getattribute__" : "")
                + (golden.get("in_dict").getAsBoolean() ? "; obj.__dict__['x'] = 'inst'" : "; obj.__dict__ empty")
                + "  (g=__get__, s=__set__, d=__delete__, graise=__get__ raising AttributeError)";
    }
}
