package threads;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import py.CancelledError;

/** The module functions of {@code concurrent.futures}: {@code as_completed} and {@code wait}. */
public final class Futures {
    private Futures() {
    }

    /** {@code as_completed(fs)}: yields each future as soon as it is done, in completion order. */
    public static <T> Iterator<PyFuture<T>> asCompleted(List<PyFuture<T>> futures) {
        PyQueue<PyFuture<T>> finished = new PyQueue<>();
        // Each future reports itself when it finishes; the queue keeps the order they did.
        futures.forEach(future -> future.addDoneCallback(finished::put));
        return new Iterator<>() {
            private int left = futures.size();

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public PyFuture<T> next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                left--;
                return finished.get();
            }
        };
    }

    /** {@code wait(fs, return_when=...)}: blocks until the condition holds, then splits the futures. */
    public static <T> DoneAndNotDone<PyFuture<T>> wait(Collection<PyFuture<T>> futures, ReturnWhen returnWhen) {
        PyCondition changed = new PyCondition();
        futures.forEach(future -> future.addDoneCallback(done -> {
            changed.acquire();
            try {
                changed.signalAll();
            } finally {
                changed.release();
            }
        }));
        changed.acquire();
        try {
            changed.waitFor(() -> satisfied(futures, returnWhen));
        } finally {
            changed.release();
        }
        Set<PyFuture<T>> done = new LinkedHashSet<>();
        Set<PyFuture<T>> notDone = new LinkedHashSet<>();
        futures.forEach(future -> (future.done() ? done : notDone).add(future));
        return new DoneAndNotDone<>(done, notDone);
    }

    private static <T> boolean satisfied(Collection<PyFuture<T>> futures, ReturnWhen returnWhen) {
        long done = futures.stream().filter(PyFuture::done).count();
        return switch (returnWhen) {
            case FIRST_COMPLETED -> done > 0 || futures.isEmpty();
            case ALL_COMPLETED -> done == futures.size();
            case FIRST_EXCEPTION -> done == futures.size() || futures.stream().anyMatch(Futures::failed);
        };
    }

    private static boolean failed(PyFuture<?> future) {
        try {
            return future.done() && future.exception() != null;
        } catch (CancelledError cancelled) {
            return false;
        }
    }
}
