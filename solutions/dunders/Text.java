package dunders;

import py.Repr;
import py.TypeError;

/** {@code str(x)} and {@code repr(x)}. */
public final class Text {
    private Text() {
    }

    /** {@code repr(x)}: {@code __repr__}, or object's default {@code <__main__.A object at 0x...>}. */
    public static String repr(Object x) {
        if (!(x instanceof Instance instance)) {
            return Repr.of(x);
        }
        PyFunction method = instance.type().lookup("__repr__");
        if (method == null) {
            return "<__main__." + instance.type().name() + " object at 0x" + Integer.toHexString(System.identityHashCode(x)) + ">";
        }
        return checked("__repr__", method.call(instance));
    }

    /** {@code str(x)}: {@code __str__}, and object's {@code __str__} falls back to {@code repr(x)}. */
    public static String str(Object x) {
        if (!(x instanceof Instance instance)) {
            return x instanceof String text ? text : Repr.of(x);
        }
        PyFunction method = instance.type().lookup("__str__");
        if (method == null) {
            // object.__str__ returns repr(x) unchecked; str() then checks it as __str__'s result.
            PyFunction reprMethod = instance.type().lookup("__repr__");
            return reprMethod == null ? repr(x) : checked("__str__", reprMethod.call(instance));
        }
        return checked("__str__", method.call(instance));
    }

    private static String checked(String dunder, Object result) {
        if (result instanceof String text) {
            return text;
        }
        throw new TypeError(dunder + " returned non-string (type " + TypeNames.of(result) + ")");
    }
}
