package generators;

import java.util.Map;

/** A frame: the code's name, the caller ({@code f_back}), the local variables and the last suspension point. */
public final class Frame {

    /** A frame for the code called {@code name}, called from {@code back} (null for none). */
    public Frame(String name, Frame back) {
        throw new UnsupportedOperationException("TODO(task 3): create a frame for the named code and its caller - see katas/generators/README.md#task-3");
    }

    /** {@code f_code.co_name}. */
    public String name() {
        throw new UnsupportedOperationException("TODO(task 3): return the code's name - see katas/generators/README.md#task-3");
    }

    /** {@code f_back}: the caller's frame, or null. */
    public Frame back() {
        throw new UnsupportedOperationException("TODO(task 3): return the caller's frame - see katas/generators/README.md#task-3");
    }

    /** {@code f_locals}: the live variables of this frame. */
    public Map<String, Object> locals() {
        throw new UnsupportedOperationException("TODO(task 3): return the frame's variables - see katas/generators/README.md#task-3");
    }

    /** The last suspension point: -1 before the first run, then the label of the latest yield. */
    public int lasti() {
        throw new UnsupportedOperationException("TODO(task 4): return the last suspension point - see katas/generators/README.md#task-4");
    }

    /** Records a yield at {@code label} and hands {@code value} to the caller. */
    public Suspension yieldAt(int label, Object value) {
        throw new UnsupportedOperationException("TODO(task 4): suspend at the given label with a value - see katas/generators/README.md#task-4");
    }

    /** Ends the body with {@code return value}. */
    public Suspension returnValue(Object value) {
        throw new UnsupportedOperationException("TODO(task 4): finish the body with a return value - see katas/generators/README.md#task-4");
    }
}
