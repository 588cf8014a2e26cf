package asyncio;

/** A lock for coroutines of one loop: waiters queue in FIFO order and a newcomer never jumps the queue. */
public class Lock {
    /** An unlocked lock. */
    public Lock() {
        throw new UnsupportedOperationException("TODO(task 7): create an unlocked lock - see katas/asyncio/README.md#task-7");
    }

    /** True while held. */
    public boolean locked() {
        throw new UnsupportedOperationException("TODO(task 7): tell whether the lock is held - see katas/asyncio/README.md#task-7");
    }

    /** Inside a coroutine: takes the lock, waiting in line behind earlier waiters. */
    public boolean acquire() {
        throw new UnsupportedOperationException("TODO(task 7): take the lock, in turn behind earlier waiters - see katas/asyncio/README.md#task-7");
    }

    /** Gives the lock to the first waiter in line; RuntimeError if it is not held. */
    public void release() {
        throw new UnsupportedOperationException("TODO(task 7): release the lock to the next waiter in line - see katas/asyncio/README.md#task-7");
    }
}
