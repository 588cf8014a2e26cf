package classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.TypeError;

@DisplayName("Abstract base classes and duck typing")
@Tag("task-6")
class AbcSpec {
    private static final PyFunction BODY = args -> null;

    @Nested
    @DisplayName("abstract methods")
    class AbstractMethods {
        @Test
        @DisplayName("a class with one unimplemented abstract method can't be instantiated (singular message)")
        void singular() {
            PyClass base = new PyClass("Base").define("get", new AbstractMethod(BODY));
            assertThatThrownBy(base::call, "Base() with abstract get")
                    .isInstanceOf(TypeError.class).hasMessage("Can't instantiate abstract class Base with abstract method get");
        }

        @Test
        @DisplayName("several abstract methods are listed sorted, in the plural form")
        void plural() {
            PyClass foo = new PyClass("Foo").define("baz", new AbstractMethod(BODY)).define("bar", new AbstractMethod(BODY));
            assertThatThrownBy(foo::call, "Foo() with abstract baz and bar")
                    .isInstanceOf(TypeError.class).hasMessage("Can't instantiate abstract class Foo with abstract methods bar, baz");
        }

        @Test
        @DisplayName("a subclass that overrides some of them still lists the rest, with its own name")
        void partialOverride() {
            PyClass base = new PyClass("Base").define("a", new AbstractMethod(BODY)).define("b", new AbstractMethod(BODY));
            PyClass half = new PyClass("Half", base).define("a", BODY);
            assertThat(half.abstractMethods()).as("Half.__abstractmethods__").containsExactly("b");
            assertThatThrownBy(half::call, "Half()")
                    .isInstanceOf(TypeError.class).hasMessage("Can't instantiate abstract class Half with abstract method b");
        }

        @Test
        @DisplayName("a subclass that overrides all of them can be instantiated")
        void concrete() {
            PyClass base = new PyClass("Base").define("get", new AbstractMethod(BODY));
            PyClass concrete = new PyClass("Concrete", base).define("get", BODY);
            assertThat(concrete.abstractMethods()).as("Concrete.__abstractmethods__").isEmpty();
            assertThat(concrete.call().type()).as("type(Concrete())").isSameAs(concrete);
        }

        @Test
        @DisplayName("an override that comes earlier in the MRO, from a sibling mixin, also counts")
        void overrideFromSibling() {
            PyClass base = new PyClass("Base").define("get", new AbstractMethod(BODY));
            PyClass mixin = new PyClass("GetMixin").define("get", BODY);
            assertThat(new PyClass("Both", mixin, base).abstractMethods()).as("Both(GetMixin, Base).__abstractmethods__").isEmpty();
            assertThat(new PyClass("Other", base, mixin).abstractMethods())
                    .as("Other(Base, GetMixin): Base.get comes first in the MRO, so it is still abstract").containsExactly("get");
        }
    }

    @Nested
    @DisplayName("isinstance without inheritance")
    class Virtual {
        @Test
        @DisplayName("register makes a class a virtual subclass, and its subclasses too")
        void register() {
            PyClass sequenceLike = new PyClass("SequenceLike");
            PyClass tuple = new PyClass("Tuple");
            assertThat(Abc.issubclass(tuple, sequenceLike)).as("issubclass(Tuple, SequenceLike) before register").isFalse();
            sequenceLike.register(tuple);
            assertThat(Abc.issubclass(tuple, sequenceLike)).as("issubclass(Tuple, SequenceLike) after register").isTrue();
            assertThat(Abc.isinstance(new PyClass("NamedTuple", tuple).call(), sequenceLike))
                    .as("isinstance(NamedTuple(), SequenceLike) where NamedTuple(Tuple)").isTrue();
            assertThat(tuple.mro()).as("register does not change Tuple.__mro__").doesNotContain(sequenceLike);
        }

        @Test
        @DisplayName("registering with a sub-ABC makes the class a subclass of its parent ABC too")
        void registerOnSubAbc() {
            PyClass collection = new PyClass("Collection");
            PyClass sequence = new PyClass("Sequence", collection);
            PyClass mine = new PyClass("Mine");
            sequence.register(mine);
            assertThat(Abc.issubclass(mine, collection)).as("issubclass(Mine, Collection) after Sequence.register(Mine)").isTrue();
        }

        @Test
        @DisplayName("__subclasshook__ decides by behaviour: a class with __len__ is Sized (duck typing)")
        void subclassHook() {
            PyClass sized = new PyClass("Sized");
            sized.subclassHook(cls -> Abc.hasMethods(cls, "__len__") ? Boolean.TRUE : null);
            PyClass bag = new PyClass("Bag").define("__len__", BODY);
            PyClass stone = new PyClass("Stone");
            assertThat(Abc.isinstance(bag.call(), sized)).as("isinstance(Bag(), Sized): Bag has __len__ and no relation to Sized").isTrue();
            assertThat(Abc.issubclass(new PyClass("BigBag", bag), sized)).as("issubclass(BigBag, Sized): __len__ is inherited").isTrue();
            assertThat(Abc.isinstance(stone.call(), sized)).as("isinstance(Stone(), Sized)").isFalse();
        }

        @Test
        @DisplayName("a hook answering False overrides even real inheritance")
        void hookFalseWins() {
            PyClass picky = new PyClass("Picky");
            PyClass child = new PyClass("Child", picky);
            picky.subclassHook(cls -> Boolean.FALSE);
            assertThat(Abc.issubclass(child, picky)).as("issubclass(Child, Picky) when the hook says False").isFalse();
        }

        @Test
        @DisplayName("a hook answering NotImplemented falls back to inheritance")
        void hookNotImplementedFallsBack() {
            PyClass open = new PyClass("Open");
            open.subclassHook(cls -> null);
            assertThat(Abc.issubclass(new PyClass("Child", open), open)).as("issubclass(Child, Open) with a NotImplemented hook").isTrue();
        }
    }

    @Nested
    @DisplayName("duck typing")
    class DuckTyping {
        @Test
        @DisplayName("hasMethods looks along the MRO for every name")
        void alongTheMro() {
            PyClass walks = new PyClass("Walks").define("walk", BODY);
            PyClass duck = new PyClass("Duck", walks).define("quack", BODY);
            assertThat(Abc.hasMethods(duck, "walk", "quack")).as("a Duck walks (inherited) and quacks").isTrue();
            assertThat(Abc.hasMethods(walks, "walk", "quack")).as("Walks cannot quack").isFalse();
        }

        @Test
        @DisplayName("a name set to None opts out, even when a base has the method")
        void noneOptsOut() {
            PyClass sized = new PyClass("SizedThing").define("__len__", BODY);
            PyClass optedOut = new PyClass("OptedOut", sized).define("__len__", null);
            assertThat(Abc.hasMethods(optedOut, "__len__")).as("OptedOut with __len__ = None").isFalse();
        }
    }
}
