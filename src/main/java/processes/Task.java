package processes;

import java.io.Serializable;

/**
 * A function that can travel to another JVM, like a picklable top-level function in Python: the
 * child process receives it serialized and runs it. (A lambda targeting this interface is
 * serializable; the class that defines it must be on the child's classpath.)
 */
@FunctionalInterface
public interface Task<A, R> extends Serializable {
    R apply(A arg) throws Exception;
}
