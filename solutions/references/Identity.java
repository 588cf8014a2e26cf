package references;

import java.util.Objects;

/** Python's two comparisons, on Java objects: {@code is} asks "same object?", {@code ==} asks "equal value?". */
public final class Identity {
    private Identity() {
    }

    /** {@code a is b}: reference identity, never a call into the objects. */
    public static boolean is(Object a, Object b) {
        return a == b;
    }

    /** {@code a == b}: whatever the objects' equals (Python's __eq__) says. */
    public static boolean eq(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
