package threads;

import py.PyException;

/** Python's {@code queue.Full}: a non-blocking or timed put found no room. */
public final class Full extends PyException {
    private static final long serialVersionUID = 1L;

    public Full() {
        super("");
    }
}
