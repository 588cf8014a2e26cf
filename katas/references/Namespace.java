package references;

import java.util.List;

/** A namespace: a table from names to objects. A name is a reference, not a box. */
public final class Namespace {

    /** {@code name = value}. */
    public void bind(String name, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): bind the name to the object - see katas/references/README.md#task-1");
    }

    /** {@code target = source}. */
    public void assign(String target, String source) {
        throw new UnsupportedOperationException("TODO(task 1): bind target to the object source refers to - see katas/references/README.md#task-1");
    }

    /** Evaluating {@code name}: NameError when the name is not bound. */
    public Object lookup(String name) {
        throw new UnsupportedOperationException("TODO(task 1): return the object the name refers to - see katas/references/README.md#task-1");
    }

    /** {@code del name}: NameError when the name is not bound. */
    public void del(String name) {
        throw new UnsupportedOperationException("TODO(task 1): unbind the name - see katas/references/README.md#task-1");
    }

    /** The names bound to exactly this object, sorted. */
    public List<String> namesOf(Object value) {
        throw new UnsupportedOperationException("TODO(task 1): list the names that refer to this very object - see katas/references/README.md#task-1");
    }
}
