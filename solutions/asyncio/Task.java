package asyncio;

import py.CancelledError;
import py.GeneratorExit;
import py.StopIteration;

/** A future that drives a coroutine: each step runs it to its next await, and the awaited future's callback schedules the next step. */
public class Task<T> extends Future<T> {
    private final Coroutine<T> coroutine;
    private Future<?> waiter;
    private boolean mustCancel;

    /** Wraps the body and schedules its first step with call_soon. */
    public Task(EventLoop loop, Body<T> body) {
        super(loop);
        this.coroutine = new Coroutine<>(body);
        loop.callSoon(() -> step(null));
    }

    /** Requests cancellation: CancelledError is raised inside the coroutine at its await. False once done. */
    @Override
    public boolean cancel() {
        if (done()) {
            return false;
        }
        // Cancelling what we wait on wakes us with CancelledError at that await.
        if (waiter != null && waiter.cancel()) {
            return true;
        }
        mustCancel = true;
        return true;
    }

    private void step(Throwable error) {
        if (done()) {
            return;
        }
        if (mustCancel) {
            error = new CancelledError("");
            mustCancel = false;
        }
        waiter = null;
        Future<?> awaited;
        try {
            awaited = error == null ? coroutine.send(null) : coroutine.throwIn(error);
        } catch (StopIteration stop) {
            @SuppressWarnings("unchecked")
            T value = (T) stop.value();
            if (mustCancel) {
                super.cancel();
            } else {
                setResult(value);
            }
            return;
        } catch (CancelledError cancelled) {
            super.cancel();
            return;
        } catch (Throwable raised) {
            setException(raised);
            return;
        }
        waiter = awaited;
        if (mustCancel && waiter.cancel()) {
            mustCancel = false;
        }
        awaited.addDoneCallback(f -> step(null));
    }

    /** Called when the loop closes with the task still pending: lets the coroutine's thread end. */
    void abandon() {
        if (done() || coroutine.done() || waiter == null) {
            return;
        }
        try {
            coroutine.throwIn(new GeneratorExit(""));
        } catch (Throwable ignored) {
            // The coroutine ended, which is all we wanted.
        }
    }
}
