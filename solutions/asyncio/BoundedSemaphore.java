package asyncio;

import py.ValueError;

/** A semaphore that refuses to be released above its initial value. */
public class BoundedSemaphore extends Semaphore {
    private int held;

    /** A bounded semaphore with {@code value} permits. */
    public BoundedSemaphore(int value) {
        super(value);
    }

    /** Inside a coroutine: takes a permit, remembering it is out. */
    @Override
    public boolean acquire() {
        boolean got = super.acquire();
        held++;
        return got;
    }

    /** Returns a permit; ValueError if none is out. */
    @Override
    public void release() {
        if (held == 0) {
            throw new ValueError("BoundedSemaphore released too many times");
        }
        held--;
        super.release();
    }
}
