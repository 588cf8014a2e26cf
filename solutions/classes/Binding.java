package classes;

/** What attribute access does to a value found in a class: the descriptor part of lookup, for the three method kinds. */
final class Binding {
    private Binding() {
    }

    /** Binds {@code value} found on a class for access through {@code instance} (null for class access) on {@code owner}. */
    static Object bind(Object value, Instance instance, PyClass owner) {
        if (value instanceof StaticMethod staticMethod) {
            return staticMethod.function();
        }
        if (value instanceof ClassMethod classMethod) {
            // Through an instance or a subclass, cls is the class the lookup started from.
            return prepend(classMethod.function(), owner);
        }
        if (value instanceof PyFunction function && instance != null) {
            return prepend(function, instance);
        }
        return value; // plain data, or a function looked up on the class: unbound
    }

    private static PyFunction prepend(PyFunction function, Object first) {
        return args -> {
            Object[] all = new Object[args.length + 1];
            all[0] = first;
            System.arraycopy(args, 0, all, 1, args.length);
            return function.call(all);
        };
    }
}
