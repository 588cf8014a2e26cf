package classes;

/** {@code @classmethod}: a function stored in a class that receives the class as its first argument. */
public record ClassMethod(PyFunction function) {
}
