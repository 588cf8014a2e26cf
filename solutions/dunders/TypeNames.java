package dunders;

import java.util.Iterator;
import py.TypeName;

/** {@code type(x).__name__} for error messages: this kata's own objects first, then the given py.TypeName. */
final class TypeNames {
    private TypeNames() {
    }

    static String of(Object value) {
        if (value instanceof Instance instance) {
            return instance.type().name();
        }
        if (value instanceof NotImplemented) {
            return "NotImplementedType";
        }
        if (value instanceof Iterator<?>) {
            return "list_iterator"; // what iter() of a list gives, the only iterator the specs hand out
        }
        return TypeName.of(value);
    }
}
