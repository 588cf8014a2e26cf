package classes;

/** A plain function stored in a class body; when it is a method, {@code args[0]} is self (or cls). */
@FunctionalInterface
public interface PyFunction {
    Object call(Object... args);
}
