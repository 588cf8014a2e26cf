package generators;

import java.util.LinkedHashMap;
import java.util.Map;

/** A frame: the code's name, the caller ({@code f_back}), the local variables and the last suspension point. */
public final class Frame {
    private final String name;
    private final Map<String, Object> locals = new LinkedHashMap<>();
    private Frame back;
    private int lasti = -1;

    /** A frame for the code called {@code name}, called from {@code back} (null for none). */
    public Frame(String name, Frame back) {
        this.name = name;
        this.back = back;
    }

    /** {@code f_code.co_name}. */
    public String name() {
        return name;
    }

    /** {@code f_back}: the caller's frame, or null. */
    public Frame back() {
        return back;
    }

    /** {@code f_locals}: the live variables of this frame (insertion-ordered). */
    public Map<String, Object> locals() {
        return locals;
    }

    /** The last suspension point: -1 before the first run, then the label of the latest yield. */
    public int lasti() {
        return lasti;
    }

    /** Records a yield at {@code label} and hands {@code value} to the caller. */
    public Suspension yieldAt(int label, Object value) {
        lasti = label;
        return new Suspension(false, value);
    }

    /** Ends the body with {@code return value}. */
    public Suspension returnValue(Object value) {
        return new Suspension(true, value);
    }

    /** A generator frame is linked to whoever resumes it, and unlinked when it suspends. */
    void linkBack(Frame caller) {
        this.back = caller;
    }
}
