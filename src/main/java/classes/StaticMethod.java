package classes;

/** {@code @staticmethod}: a function stored in a class that never receives self or cls. */
public record StaticMethod(PyFunction function) {
}
