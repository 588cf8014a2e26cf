package asyncio;

/** A scheduled callback, as returned by {@code call_soon}/{@code call_later}: it can be cancelled before it runs. */
public final class Handle {
    final Runnable callback;
    final double when;
    final long sequence;
    private boolean cancelled;

    Handle(Runnable callback, double when, long sequence) {
        this.callback = callback;
        this.when = when;
        this.sequence = sequence;
    }

    /** Stops the callback from running; a no-op if it already ran. */
    public void cancel() {
        cancelled = true;
    }

    /** True once {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** The loop time at which a timer is due ({@code TimerHandle.when()}); for call_soon, the time it was scheduled. */
    public double when() {
        return when;
    }
}
