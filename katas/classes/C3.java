package classes;

import java.util.List;

/** The C3 linearization that gives every class its {@code __mro__}. */
public final class C3 {
    private C3() {
    }

    /** The MRO of a new class {@code cls} with direct {@code bases}, or Python's TypeError when there is none. */
    public static List<PyClass> linearize(PyClass cls, List<PyClass> bases) {
        throw new UnsupportedOperationException("TODO(task 1): compute the C3 linearization - see katas/classes/README.md#task-1");
    }
}
