package coroutines;

import py.TypeName;

/**
 * {@code type(x).__name__} for error messages: this kata's iterators and generators first, then the given py.TypeName.
 * A coroutine is never named here: {@code yield from}, {@code await} and {@code send} each deal with one before they
 * would name a type (a coroutine is a GeneratorProtocol, and has messages of its own).
 */
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
        return TypeName.of(value);
    }
}
