package coroutines;

import py.TypeName;

/** {@code type(x).__name__} for error messages: this kata's iterators, generators and coroutines first, then the given py.TypeName. */
final class TypeNames {
    private TypeNames() {
    }

    static String of(Object value) {
        if (value instanceof ListIterator) {
            return "list_iterator";
        }
        if (value instanceof Generator) {
            return "generator";
        }
        if (value instanceof Coroutine) {
            return "coroutine";
        }
        return TypeName.of(value);
    }
}
