package asyncio;

import py.ValueError;

/** A semaphore that refuses to be released above its initial value. */
public class BoundedSemaphore extends Semaphore {
    /** A bounded semaphore with {@code value} permits. */
    public BoundedSemaphore(int value) {
        super(value);
        throw new UnsupportedOperationException("TODO(task 7): a bounded semaphore with value permits - see katas/asyncio/README.md#task-7");
    }

    @Override
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): take a permit, remembering it is out - see katas/asyncio/README.md#task-7");
    }

    /** Returns a permit; ValueError if none is out. */
    @Override
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): returns a permit; ValueError if none is out - see katas/asyncio/README.md#task-7");
    }
}
