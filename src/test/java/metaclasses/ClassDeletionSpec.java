package metaclasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;

@Tag("task-2")
@DisplayName("del removes only what the object itself owns: its __dict__ entry, or the class's own attribute for del C.x")
class ClassDeletionSpec {
    private final List<String> log = new ArrayList<>();
    private final PyType c0 = new PyType("C0", List.of(), Map.of("x", "C0.x"));
    private final PyType c1 = new PyType("C1", List.of(c0), Map.of());

    @Nested
    @DisplayName("del C.x on a class")
    class OnAClass {
        @Test
        @DisplayName("an inherited attribute is not the subclass's to delete: type object 'C1' has no attribute 'x'")
        void inheritedAttribute() {
            assertThatExceptionOfType(AttributeError.class)
                    .as("del C1.x where class C0: x = 1 and class C1(C0): pass (C1.__dict__ has no 'x')")
                    .isThrownBy(() -> Attributes.delattr(c1, "x"))
                    .withMessage("type object 'C1' has no attribute 'x'");
            assertThat(c0.dict()).as("C0.__dict__ after the failed del C1.x").containsEntry("x", "C0.x");
        }

        @Test
        @DisplayName("the class's own attribute is removed from its __dict__, and then its subclasses no longer see it")
        void ownAttribute() {
            Attributes.delattr(c0, "x");
            assertThat(c0.dict()).as("C0.__dict__ after del C0.x").doesNotContainKey("x");
            assertThatExceptionOfType(AttributeError.class).as("C1.x after del C0.x")
                    .isThrownBy(() -> Attributes.getattr(c1, "x"))
                    .withMessage("type object 'C1' has no attribute 'x'");
            assertThatExceptionOfType(AttributeError.class).as("del C0.x a second time")
                    .isThrownBy(() -> Attributes.delattr(c0, "x"))
                    .withMessage("type object 'C0' has no attribute 'x'");
        }

        @Test
        @DisplayName("a data descriptor on the metaclass handles del C.x, even when C.__dict__ has x")
        void metaclassDescriptor() {
            PyType meta = new PyType("Meta", List.of(PyType.TYPE), Map.of(
                    "x", new Probes.GD("gd@Meta", log), "y", new Probes.GS("gs@Meta", log), "z", "Meta.z"));
            PyType cls = new PyType("C", List.of(), Map.of("x", "own", "y", "own"), meta);
            Attributes.delattr(cls, "x");
            assertThat(log).as("del C.x where type(C) = Meta has a descriptor x with __delete__").containsExactly("gd@Meta.delete");
            assertThatExceptionOfType(AttributeError.class).as("del C.y where Meta.y has __get__ and __set__ but no __delete__")
                    .isThrownBy(() -> Attributes.delattr(cls, "y")).withMessage("__delete__");
            assertThat(cls.dict()).as("C.__dict__: both descriptors kept del away from it").containsKeys("x", "y");
            assertThatExceptionOfType(AttributeError.class).as("del C.z where only Meta has a plain z")
                    .isThrownBy(() -> Attributes.delattr(cls, "z")).withMessage("type object 'C' has no attribute 'z'");
        }
    }

    @Nested
    @DisplayName("del obj.x on an instance")
    class OnAnInstance {
        @Test
        @DisplayName("removes the instance's own value, and the class attribute shows through again")
        void ownValue() {
            PyObject obj = new PyObject(c1);
            obj.dict().put("x", "own");
            Attributes.delattr(obj, "x");
            assertThat(obj.dict()).as("obj.__dict__ after del obj.x").doesNotContainKey("x");
            assertThat(Attributes.getattr(obj, "x")).as("obj.x after del obj.x: C0.x again").isEqualTo("C0.x");
        }

        @Test
        @DisplayName("an attribute of a base class is not the instance's to delete: 'C1' object has no attribute 'x'")
        void inheritedAttribute() {
            assertThatExceptionOfType(AttributeError.class).as("del C1().x where only C0 defines x")
                    .isThrownBy(() -> Attributes.delattr(new PyObject(c1), "x"))
                    .withMessage("'C1' object has no attribute 'x'");
            assertThat(c0.dict()).as("C0.__dict__ after the failed del").containsEntry("x", "C0.x");
        }
    }

    @Test
    @DisplayName("delOnlyTakesWhatTheClassOwns: in a chain of classes, del removes x only from the class that holds it")
    void delOnlyTakesWhatTheClassOwns() {
        qt().forAll(integers().between(1, 6), integers().between(0, 5), integers().between(0, 5))
                .checkAssert((depth, owner, target) -> {
                    List<PyType> chain = new ArrayList<>();
                    for (int level = 0; level < depth; level++) {
                        Map<String, Object> namespace = level == owner ? Map.of("x", "x of L" + level) : Map.of();
                        chain.add(new PyType("L" + level, level == 0 ? List.of() : List.of(chain.get(level - 1)), namespace));
                    }
                    PyType deleted = chain.get(Math.min(target, depth - 1));
                    String call = "del " + deleted.name() + ".x in a chain of " + depth + " classes, each L<n+1> deriving from L<n>, "
                            + (owner < depth ? "where only L" + owner + " defines x" : "where none defines x");
                    if (deleted.dict().containsKey("x")) {
                        Attributes.delattr(deleted, "x");
                        assertThat(deleted.dict()).as(call).doesNotContainKey("x");
                    } else {
                        assertThatExceptionOfType(AttributeError.class).as(call)
                                .isThrownBy(() -> Attributes.delattr(deleted, "x"))
                                .withMessage("type object '%s' has no attribute 'x'", deleted.name());
                    }
                });
    }
}
