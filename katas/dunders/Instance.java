package dunders;

/** An instance of a {@link PyClass}, with its own attribute dict ({@code obj.__dict__}). */
public final class Instance {

    /** {@code cls()}. */
    public Instance(PyClass type) {
        throw new UnsupportedOperationException("TODO(task 1): remember the class of this instance - see katas/dunders/README.md#task-1");
    }

    /** {@code type(self)}. */
    public PyClass type() {
        throw new UnsupportedOperationException("TODO(task 1): return the class - see katas/dunders/README.md#task-1");
    }

    /** {@code self.name = value}: stored in the instance's own dict. */
    public void setattr(String name, Object value) {
        throw new UnsupportedOperationException("TODO(task 1): store an instance attribute - see katas/dunders/README.md#task-1");
    }

    /** {@code self.name}: the instance dict first, then the class; AttributeError when neither has it. */
    public Object getattr(String name) {
        throw new UnsupportedOperationException("TODO(task 1): read an attribute like explicit attribute access does - see katas/dunders/README.md#task-1");
    }
}
