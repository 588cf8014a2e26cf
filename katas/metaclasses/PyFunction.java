package metaclasses;

/**
 * A Python function stored in a class dict. Functions are non-data descriptors: looked up through
 * an instance they bind to it and become a {@link BoundMethod}; looked up through the class they
 * stay plain functions. That is all a "method" is in Python.
 */
public final class PyFunction implements Descriptor.Get {
    /** The code of the function; {@code args[0]} is {@code self} when it is called as a method. */
    @FunctionalInterface
    public interface Body {
        Object call(Object... args);
    }

    /** {@code def name(...): body}. */
    public PyFunction(String name, Body body) {
        throw new UnsupportedOperationException("TODO(task 2): remember the name and body - see katas/metaclasses/README.md#task-2");
    }

    /** {@code f.__name__}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 2): return the function name - see katas/metaclasses/README.md#task-2");
    }

    /** {@code f(*args)}: runs the body with exactly these arguments. */
    public Object call(Object... args) {
        throw new UnsupportedOperationException("TODO(task 2): run the body with these arguments - see katas/metaclasses/README.md#task-2");
    }

    /** {@code function.__get__}: binds to the instance, or returns the function itself for class access. */
    @Override
    public Object get(PyObject instance, PyType owner) {
        throw new UnsupportedOperationException("TODO(task 2): look up through an instance gives a bound method, through the class the function itself - see katas/metaclasses/README.md#task-2");
    }
}
