package references;

/** An instance of a class {@code Obj} on a {@link Heap}: a label, attributes, and a reference count. */
public final class PyObj {
    private PyObj() {
    }

    /** The name the object was created under. */
    public String label() {
        throw new UnsupportedOperationException("TODO(task 2): return the label - see katas/references/README.md#task-2");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("TODO(task 2): print the object with its label - see katas/references/README.md#task-2");
    }
}
