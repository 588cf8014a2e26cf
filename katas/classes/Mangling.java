package classes;

/** Private name mangling: what the compiler does to {@code __name} inside a class body. */
public final class Mangling {
    private Mangling() {
    }

    /** The name actually stored for {@code name} written inside {@code class className}. */
    public static String mangle(String className, String name) {
        throw new UnsupportedOperationException("TODO(task 4): apply Python's private name mangling - see katas/classes/README.md#task-4");
    }
}
