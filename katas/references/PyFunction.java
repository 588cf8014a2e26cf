package references;

import java.util.List;
import java.util.function.Supplier;

/** A {@code def} statement and the function object it makes. */
public final class PyFunction {

    /**
     * {@code def name(params): body}, where the last {@code defaultExpressions.size()} parameters
     * have defaults.
     */
    public PyFunction(String name, List<String> params, List<Supplier<?>> defaultExpressions, Body body) {
        throw new UnsupportedOperationException("TODO(task 4): define the function - see katas/references/README.md#task-4");
    }

    /** {@code f.__name__}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 4): return the function's name - see katas/references/README.md#task-4");
    }

    /** {@code f.__defaults__}: a tuple (unmodifiable list), or None (null) when there are no defaults. */
    public List<Object> defaults() {
        throw new UnsupportedOperationException("TODO(task 4): return __defaults__ - see katas/references/README.md#task-4");
    }

    /** {@code f(*args)}. */
    public Object call(Object... args) {
        throw new UnsupportedOperationException("TODO(task 4): bind the arguments and run the body - see katas/references/README.md#task-4");
    }
}
