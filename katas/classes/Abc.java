package classes;

/** {@code isinstance}/{@code issubclass} as ABCMeta answers them, and duck-typed protocol checks. */
public final class Abc {
    private Abc() {
    }

    /** {@code issubclass(cls, parent)} for an abstract base class parent. */
    public static boolean issubclass(PyClass cls, PyClass parent) {
        throw new UnsupportedOperationException("TODO(task 6): answer issubclass like ABCMeta - see katas/classes/README.md#task-6");
    }

    /** {@code isinstance(obj, cls)}. */
    public static boolean isinstance(Instance obj, PyClass cls) {
        throw new UnsupportedOperationException("TODO(task 6): answer isinstance like ABCMeta - see katas/classes/README.md#task-6");
    }

    /** Duck typing: does {@code cls} provide every one of {@code methods}? A name set to None (null) opts out. */
    public static boolean hasMethods(PyClass cls, String... methods) {
        throw new UnsupportedOperationException("TODO(task 6): check for methods by behaviour, not by type - see katas/classes/README.md#task-6");
    }
}
