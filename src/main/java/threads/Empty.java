package threads;

import py.PyException;

/** Python's {@code queue.Empty}: a non-blocking or timed get found nothing. */
public final class Empty extends PyException {
    private static final long serialVersionUID = 1L;

    public Empty() {
        super("");
    }
}
