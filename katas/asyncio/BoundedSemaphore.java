package asyncio;

/** A semaphore that refuses to be released above its initial value. */
public class BoundedSemaphore extends Semaphore {
    /** A bounded semaphore with {@code value} permits. */
    public BoundedSemaphore(int value) {
        super(value);
        throw new UnsupportedOperationException("TODO(task 7): create a semaphore that never holds more than value permits - see katas/asyncio/README.md#task-7");
    }

    @Override
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): take a permit, as Semaphore does - see katas/asyncio/README.md#task-7");
    }

    /** Returns a permit; ValueError if none is out. */
    @Override
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): release a permit, never above the initial value - see katas/asyncio/README.md#task-7");
    }
}
