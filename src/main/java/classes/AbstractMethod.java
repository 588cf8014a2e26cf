package classes;

/** {@code @abc.abstractmethod}: a method a concrete subclass must override before it can be instantiated. */
public record AbstractMethod(PyFunction function) {
}
