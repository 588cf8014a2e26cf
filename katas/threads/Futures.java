package threads;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** The module functions of {@code concurrent.futures}: {@code as_completed} and {@code wait}. */
public final class Futures {
    private Futures() {
    }

    /** {@code as_completed(fs)}: yields each future as soon as it is done, in completion order. */
    public static <T> Iterator<PyFuture<T>> asCompleted(List<PyFuture<T>> futures) {
        throw new UnsupportedOperationException("TODO(task 8): yield the futures in the order they finish - see katas/threads/README.md#task-8");
    }

    /** {@code wait(fs, return_when=...)}: blocks until the condition holds, then splits the futures. */
    public static <T> DoneAndNotDone<PyFuture<T>> wait(Collection<PyFuture<T>> futures, ReturnWhen returnWhen) {
        throw new UnsupportedOperationException("TODO(task 8): block until return_when holds, then split the futures into done and not done - see katas/threads/README.md#task-8");
    }
}
