package references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import py.AttributeError;
import py.NameError;
import support.Golden;

@Tag("task-2")
@DisplayName("Reference counting with finalizers")
class ReferenceCountingSpec {

    @Nested
    @DisplayName("del of a name")
    class DelOfAName {
        @Test
        @DisplayName("does not finalize while another reference lives")
        void otherReferenceKeepsAlive() {
            Heap heap = new Heap();
            PyObj obj = heap.create("a");
            heap.bind("b", obj);
            assertThat(heap.refcount(obj)).as("refcount after a = Obj(); b = a").isEqualTo(2);
            heap.del("a");
            assertThat(heap.finalized()).as("__del__ calls after del a, while b still refers to it: del is not __del__").isEmpty();
            assertThat(heap.isAlive(obj)).as("the object after del a").isTrue();
            assertThat(heap.refcount(obj)).as("refcount after del a").isEqualTo(1);
            assertThatThrownBy(() -> heap.lookup("a"), "print(a) after del a: CPython raises NameError")
                    .isInstanceOf(NameError.class).hasMessage("name 'a' is not defined");
        }

        @Test
        @DisplayName("prints an object with the label it was created under, as its __del__ message does")
        void printsLabel() {
            Heap heap = new Heap();
            PyObj sensor = heap.create("sensor");
            assertThat(sensor.label()).as("the label of the object created as sensor = Obj()").isEqualTo("sensor");
            assertThat(sensor.toString()).as("str(sensor)").contains("sensor");
        }

        @Test
        @DisplayName("finalizes exactly once, when the last reference goes")
        void lastReference() {
            Heap heap = new Heap();
            int[] calls = {0};
            PyObj obj = heap.create("a", (h, self) -> calls[0]++);
            heap.bind("b", obj);
            heap.del("a");
            heap.del("b");
            assertThat(calls[0]).as("__del__ calls after del a; del b").isEqualTo(1);
            assertThat(heap.finalized()).as("finalized labels").containsExactly("a");
            assertThat(heap.isAlive(obj)).as("the object after its last reference went").isFalse();
            assertThatThrownBy(() -> heap.del("b"), "del b a second time: CPython raises NameError")
                    .isInstanceOf(NameError.class).hasMessage("name 'b' is not defined");
        }

        @Test
        @DisplayName("rebinding a name drops the old object's reference")
        void rebinding() {
            Heap heap = new Heap();
            PyObj first = heap.create("a");
            heap.create("other");
            heap.bind("a", heap.lookup("other"));
            assertThat(heap.isAlive(first)).as("the first object after a = other").isFalse();
            assertThat(heap.refcount(heap.lookup("other"))).as("refcount of other after a = other").isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("freeing an object")
    class Freeing {
        @Test
        @DisplayName("decrements what it referenced, recursively")
        void cascade() {
            Heap heap = new Heap();
            PyObj parent = heap.create("parent");
            PyObj child = heap.create("child");
            PyObj grandchild = heap.create("grandchild");
            heap.setAttr(parent, "kid", child);
            heap.setAttr(child, "kid", grandchild);
            heap.del("child");
            heap.del("grandchild");
            assertThat(heap.refcount(child)).as("refcount of child, held by parent.kid only").isEqualTo(1);
            heap.del("parent");
            assertThat(List.of(heap.isAlive(parent), heap.isAlive(child), heap.isAlive(grandchild)))
                    .as("parent, child, grandchild alive after del parent").containsExactly(false, false, false);
            assertThat(heap.finalized()).as("finalized").containsExactlyInAnyOrder("parent", "child", "grandchild");
        }

        @Test
        @DisplayName("runs the finalizer before releasing the references, so __del__ still sees its attributes")
        void finalizerSeesAttributes() {
            Heap heap = new Heap();
            List<Boolean> childAliveDuringDel = new ArrayList<>();
            PyObj parent = heap.create("parent", (h, self) -> childAliveDuringDel.add(h.isAlive(h.getAttr(self, "kid"))));
            heap.create("child");
            heap.setAttr(parent, "kid", heap.lookup("child"));
            heap.del("child");
            heap.del("parent");
            assertThat(childAliveDuringDel).as("was self.kid alive inside parent's __del__?").containsExactly(true);
            assertThat(heap.finalized()).as("order of __del__ calls").containsExactly("parent", "child");
        }

        @Test
        @DisplayName("is undone when the finalizer resurrects the object, whose finalizer never runs again (PEP 442)")
        void resurrection() {
            Heap heap = new Heap();
            PyObj phoenix = heap.create("phoenix", (h, self) -> h.bind("saved", self));
            heap.del("phoenix");
            assertThat(heap.isAlive(phoenix)).as("an object whose __del__ stored self in a global").isTrue();
            assertThat(heap.refcount(phoenix)).as("refcount: the global 'saved'").isEqualTo(1);
            heap.del("saved");
            assertThat(heap.isAlive(phoenix)).as("after del saved").isFalse();
            assertThat(heap.finalized()).as("__del__ ran once, although the object died twice").containsExactly("phoenix");
        }

        @Test
        @DisplayName("attributes are references too: replace and delete them, AttributeError when absent")
        void attributes() {
            Heap heap = new Heap();
            PyObj owner = heap.create("owner");
            PyObj x = heap.create("x");
            heap.setAttr(owner, "a", x);
            heap.setAttr(owner, "b", x);
            assertThat(heap.refcount(x)).as("refcount of x after owner.a = x; owner.b = x").isEqualTo(3);
            heap.delAttr(owner, "a");
            assertThat(heap.refcount(x)).as("after del owner.a").isEqualTo(2);
            assertThat(heap.getAttr(owner, "b")).as("owner.b").isSameAs(x);
            assertThatThrownBy(() -> heap.delAttr(owner, "a"), "del owner.a a second time: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class).hasMessage("'Obj' object has no attribute 'a'");
            assertThatThrownBy(() -> heap.getAttr(owner, "zz"), "owner.zz, never assigned: CPython raises AttributeError")
                    .isInstanceOf(AttributeError.class).hasMessage("'Obj' object has no attribute 'zz'");
            assertThat(x.label()).as("label").isEqualTo("x");
        }
    }

    @Test
    @DisplayName("matches CPython's refcounts and __del__ calls on 300 recorded scripts (up to their first gc.collect())")
    void matchesCPython() {
        List<String> failures = new ArrayList<>();
        List<JsonObject> cases = Golden.cases("references", "heap.json");
        for (int n = 0; n < cases.size() && failures.size() < 3; n++) {
            String failure = HeapScript.replay(cases.get(n).getAsJsonArray("steps"), true);
            if (failure != null) {
                failures.add("script " + n + ":\n" + failure);
            }
        }
        assertThat(failures).as("sys.getrefcount(x) - 1 and the objects whose __del__ ran, after each step").isEmpty();
    }
}
