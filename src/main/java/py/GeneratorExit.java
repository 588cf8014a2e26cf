package py;

/** Python's {@code GeneratorExit}: thrown into a suspended generator by {@code close()}. */
public class GeneratorExit extends PyBaseException {
    private static final long serialVersionUID = 1L;

    public GeneratorExit(String message) {
        super(message);
    }

    public GeneratorExit(String message, Throwable cause) {
        super(message, cause);
    }
}
