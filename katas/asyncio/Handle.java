package asyncio;

/** A scheduled callback, as returned by {@code call_soon}/{@code call_later}: it can be cancelled before it runs. */
public final class Handle {
    Handle() {
        // Only the loop makes handles.
    }

    /** Stops the callback from running; a no-op if it already ran. */
    public void cancel() {
        throw new UnsupportedOperationException("TODO(task 1): keep the callback from running - see katas/asyncio/README.md#task-1");
    }

    /** True once {@link #cancel()} was called. */
    public boolean cancelled() {
        throw new UnsupportedOperationException("TODO(task 1): tell whether the handle was cancelled - see katas/asyncio/README.md#task-1");
    }

    /** The loop time at which a timer is due ({@code TimerHandle.when()}); for call_soon, the time it was scheduled. */
    public double when() {
        throw new UnsupportedOperationException("TODO(task 1): report when the callback is due on the loop's clock - see katas/asyncio/README.md#task-1");
    }
}
