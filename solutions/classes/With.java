package classes;

import java.util.function.Function;
import py.TypeError;

/** The {@code with} statement. */
public final class With {
    private With() {
    }

    /**
     * {@code with manager as target: body(target)}. Returns the body's result, or null when
     * {@code __exit__} suppressed the body's exception.
     */
    public static Object run(Instance manager, Function<Object, Object> body) {
        PyClass type = manager.type();
        // Both dunders are looked up on the type before anything runs, __enter__ first.
        Object enter = lookup(type, "__enter__");
        if (enter == null) {
            throw new TypeError("'" + type.name() + "' object does not support the context manager protocol");
        }
        Object exit = lookup(type, "__exit__");
        if (exit == null) {
            throw new TypeError("'" + type.name() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        // An exception in __enter__ propagates as is: the block was never entered, so there is nothing to exit.
        Object target = ((PyFunction) enter).call(manager);
        Object result;
        try {
            result = body.apply(target);
        } catch (RuntimeException error) {
            Object verdict = ((PyFunction) exit).call(manager, error.getClass(), error, new Traceback(error));
            if (isTrue(verdict)) {
                return null; // a truthy __exit__ swallows the exception
            }
            throw error;
        }
        ((PyFunction) exit).call(manager, null, null, null);
        return result;
    }

    private static Object lookup(PyClass type, String dunder) {
        for (PyClass cls : type.mro()) {
            if (cls.dict().containsKey(dunder)) {
                return cls.dict().get(dunder);
            }
        }
        return null;
    }

    private static boolean isTrue(Object value) {
        if (value == null || value instanceof Boolean flag && !flag) {
            return false;
        }
        return !(value instanceof Number number && number.doubleValue() == 0);
    }

    /** Stands for {@code error.__traceback__}: __exit__ gets one, and this model has no frames to put in it. */
    private record Traceback(RuntimeException error) {
    }
}
