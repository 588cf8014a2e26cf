package classes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A class: a name, its bases, its MRO (fixed at creation) and its namespace. */
public final class PyClass {

    /** {@code class name(*bases): ...}; no bases means {@code (object,)}. Raises TypeError for an impossible MRO. */
    public PyClass(String name, PyClass... bases) {
        throw new UnsupportedOperationException("TODO(task 1): create a class and compute its MRO - see katas/classes/README.md#task-1");
    }

    /** {@code object}. */
    public static PyClass object() {
        throw new UnsupportedOperationException("TODO(task 1): return the root class object - see katas/classes/README.md#task-1");
    }

    /** {@code cls.__name__}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 1): return the class name - see katas/classes/README.md#task-1");
    }

    /** {@code cls.__bases__}. */
    public List<PyClass> bases() {
        throw new UnsupportedOperationException("TODO(task 1): return the direct bases - see katas/classes/README.md#task-1");
    }

    /** {@code cls.__mro__}: this class first, object last. */
    public List<PyClass> mro() {
        throw new UnsupportedOperationException("TODO(task 1): return the method resolution order - see katas/classes/README.md#task-1");
    }

    /** An assignment in the class body, {@code name = value}; returns this class so definitions chain. */
    public PyClass define(String attribute, Object value) {
        throw new UnsupportedOperationException("TODO(task 2): store a name in the class namespace - see katas/classes/README.md#task-2");
    }

    /** {@code cls.__dict__}: this class's own namespace, without inherited names. */
    public Map<String, Object> dict() {
        throw new UnsupportedOperationException("TODO(task 2): return the class namespace - see katas/classes/README.md#task-2");
    }

    /** {@code cls.name}: attribute access on the class itself. */
    public Object getattr(String attribute) {
        throw new UnsupportedOperationException("TODO(task 2): look the name up along the MRO, binding what Python binds - see katas/classes/README.md#task-2");
    }

    /** {@code cls()}: a new instance. */
    public Instance call() {
        throw new UnsupportedOperationException("TODO(task 2): create an instance - see katas/classes/README.md#task-2");
    }

    /** {@code cls.__abstractmethods__}, sorted. */
    public Set<String> abstractMethods() {
        throw new UnsupportedOperationException("TODO(task 6): find the methods that are still abstract - see katas/classes/README.md#task-6");
    }

    /** {@code Abc.register(subclass)}: a virtual subclass, without inheritance. */
    public void register(PyClass subclass) {
        throw new UnsupportedOperationException("TODO(task 6): remember a virtual subclass - see katas/classes/README.md#task-6");
    }

    /** {@code __subclasshook__}: answers TRUE, FALSE, or null for NotImplemented. */
    public void subclassHook(Function<PyClass, Boolean> hook) {
        throw new UnsupportedOperationException("TODO(task 6): remember the subclass hook - see katas/classes/README.md#task-6");
    }
}
