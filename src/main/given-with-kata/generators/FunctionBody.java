package generators;

/** The code of an ordinary function: it runs once, in its own frame, from start to return. */
@FunctionalInterface
public interface FunctionBody {
    /** Runs the function inside {@code frame} and returns its result. */
    Object run(Frame frame);
}
