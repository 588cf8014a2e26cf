package threads;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A model of CPython's global interpreter lock. Simulated threads run "bytecode" one tick at a
 * time and only while holding the GIL. The holder lets go around blocking I/O, and after the
 * switch interval (measured on a clock, as in CPython) when another thread is waiting.
 */
public final class Gil {
    /** A GIL that forces a switch once the holder has had it for {@code switchInterval} clock units. */
    public Gil(LongSupplier clock, long switchInterval) {
        throw new UnsupportedOperationException("TODO(task 9): a free GIL with a switch interval measured on the given clock - see katas/threads/README.md#task-9");
    }

    /** A thread starts running Python code: it waits for the GIL. */
    public void enter() {
        throw new UnsupportedOperationException("TODO(task 9): wait until the GIL is free, then hold it - see katas/threads/README.md#task-9");
    }

    /** A thread stops running Python code (it ended, or goes into I/O): it drops the GIL. */
    public void exit() {
        throw new UnsupportedOperationException("TODO(task 9): give the GIL up - see katas/threads/README.md#task-9");
    }

    /** Runs one bytecode under the GIL, then hands the GIL over if the interval is up and someone waits. */
    public void tick(Runnable bytecode) {
        throw new UnsupportedOperationException("TODO(task 9): run one bytecode, then switch threads if the interval is up and another thread waits - see katas/threads/README.md#task-9");
    }

    /** Blocking I/O: the GIL is released for its duration, so other threads run meanwhile. */
    public <T> T blockingIo(Supplier<T> io) {
        throw new UnsupportedOperationException("TODO(task 9): do the I/O without holding the GIL - see katas/threads/README.md#task-9");
    }

    /** How many times a holder was made to give the GIL up because its interval ran out. */
    public long switches() {
        throw new UnsupportedOperationException("TODO(task 9): count the forced switches - see katas/threads/README.md#task-9");
    }
}
