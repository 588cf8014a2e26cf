package classes;

import java.util.List;

/** {@code dir()}: what attribute lookup could find, as a sorted list. */
public final class Introspection {
    private Introspection() {
    }

    /** {@code dir(obj)}. */
    public static List<String> dir(Instance obj) {
        throw new UnsupportedOperationException("TODO(task 5): list every name an instance can reach - see katas/classes/README.md#task-5");
    }

    /** {@code dir(cls)}. */
    public static List<String> dir(PyClass cls) {
        throw new UnsupportedOperationException("TODO(task 5): list every name a class can reach - see katas/classes/README.md#task-5");
    }
}
