package classes;

/** The two things {@code @contextmanager} needs from a paused generator. */
public interface Generator {
    /** {@code next(gen)}: runs to the next yield and returns its value; raises {@link py.StopIteration} when the body returns. */
    Object next();

    /** {@code gen.throw(exc)}: raises {@code exc} at the paused yield; returns the next yielded value, or raises. */
    Object throwIn(RuntimeException exc);
}
