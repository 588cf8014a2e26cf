package dicts;

/**
 * One keyword argument, {@code name=value}, as in {@code dict(one=1)} or {@code d.update(two=2)}.
 * Pure data: Java has no keyword arguments, so {@code new PyDict(kw("one", 1))} stands in for them.
 */
public record Kw(String name, Object value) {
    /** Shorthand for {@code new Kw(name, value)}, meant for a static import. */
    public static Kw kw(String name, Object value) {
        return new Kw(name, value);
    }
}
