package asyncio;

/** A future that drives a coroutine: each step runs it to its next await, and the awaited future's callback schedules the next step. */
public class Task<T> extends Future<T> {
    /** Wraps the body and schedules its first step with call_soon. */
    public Task(EventLoop loop, Body<T> body) {
        super(loop);
        throw new UnsupportedOperationException("TODO(task 4): create a task that starts the body soon - see katas/asyncio/README.md#task-4");
    }

    /** Requests cancellation: CancelledError is raised inside the coroutine at its await. False once done. */
    @Override
    public boolean cancel() {
        throw new UnsupportedOperationException("TODO(task 4): cancel the task where it awaits - see katas/asyncio/README.md#task-4");
    }
}
