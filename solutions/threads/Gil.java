package threads;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A model of CPython's global interpreter lock. Simulated threads run "bytecode" one tick at a
 * time and only while holding the GIL. The holder lets go around blocking I/O, and after the
 * switch interval (measured on a clock, as in CPython) when another thread is waiting.
 */
public final class Gil {
    private final LongSupplier clock;
    private final long switchInterval;
    private Thread holder;
    private long heldSince;
    private int waiting;
    private long switches;
    private long acquisitions;

    /** A GIL that forces a switch once the holder has had it for {@code switchInterval} clock units. */
    public Gil(LongSupplier clock, long switchInterval) {
        this.clock = clock;
        this.switchInterval = switchInterval;
    }

    /** A thread starts running Python code: it waits for the GIL. */
    public synchronized void enter() {
        waitUntilFreeThenTake();
    }

    /** A thread stops running Python code (it ended, or goes into I/O): it drops the GIL. */
    public synchronized void exit() {
        holder = null;
        notifyAll();
    }

    /** Runs one bytecode under the GIL, then hands the GIL over if the interval is up and someone waits. */
    public void tick(Runnable bytecode) {
        bytecode.run();
        synchronized (this) {
            if (waiting > 0 && clock.getAsLong() - heldSince >= switchInterval) {
                forceSwitch();
            }
        }
    }

    /** Blocking I/O: the GIL is released for its duration, so other threads run meanwhile. */
    public <T> T blockingIo(Supplier<T> io) {
        exit();
        try {
            return io.get();
        } finally {
            enter();
        }
    }

    /** How many times a holder was made to give the GIL up because its interval ran out. */
    public synchronized long switches() {
        return switches;
    }

    private void forceSwitch() {
        switches++;
        long handedOverAfter = acquisitions;
        holder = null;
        notifyAll();
        // Like CPython's FORCE_SWITCHING: do not take it back before some other thread has had it.
        waiting++;
        try {
            while (acquisitions == handedOverAfter) {
                waitQuietly();
            }
        } finally {
            waiting--;
        }
        waitUntilFreeThenTake();
    }

    private void waitUntilFreeThenTake() {
        waiting++;
        try {
            while (holder != null) {
                waitQuietly();
            }
        } finally {
            waiting--;
        }
        holder = Thread.currentThread();
        heldSince = clock.getAsLong();
        acquisitions++;
        // Wakes a thread that dropped the GIL and waits to see someone else take it.
        notifyAll();
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GIL", e);
        }
    }
}
