package references;

import java.util.List;

/** A tiny CPython memory model: names and attributes are references that objects count. */
public final class Heap {

    /** {@code name = Obj()}: a new object labelled with the name, bound to it. */
    public PyObj create(String name) {
        throw new UnsupportedOperationException("TODO(task 2): create an object bound to the name - see katas/references/README.md#task-2");
    }

    /** {@code name = Obj()} for a class whose {@code __del__} is the given finalizer. */
    public PyObj create(String name, Finalizer finalizer) {
        throw new UnsupportedOperationException("TODO(task 2): create an object with a finalizer, bound to the name - see katas/references/README.md#task-2");
    }

    /** {@code name = obj}. */
    public void bind(String name, PyObj obj) {
        throw new UnsupportedOperationException("TODO(task 2): bind the name to the object - see katas/references/README.md#task-2");
    }

    /** Evaluating {@code name}: NameError when unbound. */
    public PyObj lookup(String name) {
        throw new UnsupportedOperationException("TODO(task 2): return the object the name refers to - see katas/references/README.md#task-2");
    }

    /** {@code del name}: NameError when unbound. */
    public void del(String name) {
        throw new UnsupportedOperationException("TODO(task 2): unbind the name - see katas/references/README.md#task-2");
    }

    /** {@code owner.attr = value}. */
    public void setAttr(PyObj owner, String attr, PyObj value) {
        throw new UnsupportedOperationException("TODO(task 2): set the attribute - see katas/references/README.md#task-2");
    }

    /** {@code owner.attr}: AttributeError when absent. */
    public PyObj getAttr(PyObj owner, String attr) {
        throw new UnsupportedOperationException("TODO(task 2): read the attribute - see katas/references/README.md#task-2");
    }

    /** {@code del owner.attr}: AttributeError when absent. */
    public void delAttr(PyObj owner, String attr) {
        throw new UnsupportedOperationException("TODO(task 2): delete the attribute - see katas/references/README.md#task-2");
    }

    /** How many names and attributes refer to obj ({@code sys.getrefcount(obj) - 1}). */
    public int refcount(PyObj obj) {
        throw new UnsupportedOperationException("TODO(task 2): count the references to the object - see katas/references/README.md#task-2");
    }

    /** False once obj has been freed. */
    public boolean isAlive(PyObj obj) {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the object is still allocated - see katas/references/README.md#task-2");
    }

    /** The labels of the objects whose {@code __del__} has run, in the order they ran. */
    public List<String> finalized() {
        throw new UnsupportedOperationException("TODO(task 2): list the finalized objects - see katas/references/README.md#task-2");
    }

    /** {@code gc.collect()}: frees unreachable cycles; returns how many objects it freed. */
    public int collect() {
        throw new UnsupportedOperationException("TODO(task 3): find and free the garbage that reference counting misses - see katas/references/README.md#task-3");
    }
}
