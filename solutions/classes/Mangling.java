package classes;

/** Private name mangling: what the compiler does to {@code __name} inside a class body. */
public final class Mangling {
    private Mangling() {
    }

    /** The name actually stored for {@code name} written inside {@code class className}. */
    public static String mangle(String className, String name) {
        // Only __private names: dunders (ending in __) and single-underscore names are left alone.
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        if (stripped.isEmpty()) {
            return name; // a class named only with underscores mangles nothing
        }
        return "_" + stripped + name;
    }
}
