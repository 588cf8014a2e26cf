package classes;

import java.util.function.Supplier;
import py.RuntimeError;
import py.StopIteration;

/** {@code @contextlib.contextmanager}: a generator function becomes a factory of context managers. */
public final class Contextlib {
    private static final PyClass GENERATOR_CONTEXT_MANAGER = new PyClass("_GeneratorContextManager")
            .define("__enter__", (PyFunction) args -> enter(generatorOf(args[0])))
            .define("__exit__", (PyFunction) args -> exit(generatorOf(args[0]), (RuntimeException) args[2]));

    private Contextlib() {
    }

    /** Decorates {@code generatorFunction}: each call of the result starts a fresh generator wrapped in a manager. */
    public static Supplier<Instance> contextmanager(Supplier<Generator> generatorFunction) {
        return () -> {
            Instance manager = GENERATOR_CONTEXT_MANAGER.call();
            manager.setattr("gen", generatorFunction.get());
            return manager;
        };
    }

    private static Generator generatorOf(Object manager) {
        return (Generator) ((Instance) manager).getattr("gen");
    }

    /** Runs the generator up to its yield; the yielded value is what {@code as} binds. */
    private static Object enter(Generator generator) {
        try {
            return generator.next();
        } catch (StopIteration returnedEarly) {
            throw new RuntimeError("generator didn't yield");
        }
    }

    private static Object exit(Generator generator, RuntimeException error) {
        if (error == null) {
            try {
                generator.next(); // run the code after the yield
            } catch (StopIteration finished) {
                return false;
            }
            throw new RuntimeError("generator didn't stop");
        }
        try {
            generator.throwIn(error); // the exception appears at the yield, where try/except can catch it
        } catch (StopIteration finished) {
            return true; // the generator caught it and returned: suppress
        } catch (RuntimeException raised) {
            if (raised == error) {
                return false; // re-raised unchanged: let the with statement propagate the original
            }
            throw raised;
        }
        throw new RuntimeError("generator didn't stop after throw()");
    }
}
