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

    private final String name;
    private final Body body;

    /** {@code def name(...): body}. */
    public PyFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    /** {@code f.__name__}. */
    public String name() {
        return name;
    }

    /** {@code f(*args)}: runs the body with exactly these arguments. */
    public Object call(Object... args) {
        return body.call(args);
    }

    /** {@code function.__get__}: binds to the instance, or returns the function itself for class access. */
    @Override
    public Object get(PyObject instance, PyType owner) {
        // C.f gives the plain function in Python 3 (there are no "unbound methods" any more).
        return instance == null ? this : new BoundMethod(instance, this);
    }
}
