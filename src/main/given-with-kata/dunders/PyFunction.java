package dunders;

/** A method body stored in a class: it receives the instance ({@code self}) and the other arguments. */
@FunctionalInterface
public interface PyFunction {
    Object call(Instance self, Object... args);
}
