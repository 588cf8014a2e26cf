package asyncio;

/** A counter of permits for coroutines; release hands a permit straight to the first waiter. */
public class Semaphore {
    /** A semaphore with {@code value} permits; ValueError if negative. */
    public Semaphore(int value) {
        throw new UnsupportedOperationException("TODO(task 7): create a semaphore with value permits - see katas/asyncio/README.md#task-7");
    }

    /** True if acquire() would have to wait. */
    public boolean locked() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether acquire() would have to wait - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: takes a permit, waiting in FIFO order if there is none. */
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): take a permit, waiting in turn if there is none - see katas/asyncio/README.md#task-7");
    }

    /** Returns a permit: to the first waiter if any, else to the counter. */
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): release a permit, to waiters in the order they came - see katas/asyncio/README.md#task-7");
    }
}
